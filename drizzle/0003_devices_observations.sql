CREATE TABLE "device_alarms" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "device_alarms_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" uuid,
	"device_id" uuid NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"channel" text DEFAULT '' NOT NULL,
	"observed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "devices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vendor" text NOT NULL,
	"model" text NOT NULL,
	"identifier" text NOT NULL,
	"address" text,
	"charset" text DEFAULT 'utf8' NOT NULL,
	"place_kind" text NOT NULL,
	"place_code" text NOT NULL,
	"override_case_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "devices_identifier_unique" UNIQUE("identifier")
);
--> statement-breakpoint
CREATE TABLE "interop_inbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"remote_address" text NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"control_id" text,
	"message_type" text,
	"device_hint" text,
	"raw" text NOT NULL,
	"assigned_device_id" uuid,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "observations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" uuid,
	"device_id" uuid,
	"param" text NOT NULL,
	"loinc" text NOT NULL,
	"channel" text DEFAULT '' NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"observed_at_raw" text,
	"received_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"entered_by" uuid,
	"artefact" boolean DEFAULT false NOT NULL,
	"artefact_reason" text,
	"artefact_by" uuid,
	"artefact_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "waveforms" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "waveforms_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" uuid,
	"device_id" uuid NOT NULL,
	"code" text NOT NULL,
	"channel" text DEFAULT '' NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"sample_rate" double precision,
	"resolution" double precision,
	"samples" real[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_override_case_id_surgical_cases_id_fk" FOREIGN KEY ("override_case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interop_inbox" ADD CONSTRAINT "interop_inbox_assigned_device_id_devices_id_fk" FOREIGN KEY ("assigned_device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "device_alarms_reading_idx" ON "device_alarms" USING btree ("device_id","code","channel","observed_at");--> statement-breakpoint
CREATE INDEX "devices_address_idx" ON "devices" USING btree ("address");--> statement-breakpoint
CREATE INDEX "devices_place_idx" ON "devices" USING btree ("place_kind","place_code");--> statement-breakpoint
CREATE INDEX "interop_inbox_status_idx" ON "interop_inbox" USING btree ("status","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "observations_reading_idx" ON "observations" USING btree ("device_id","param","channel","observed_at");--> statement-breakpoint
CREATE INDEX "observations_case_time_idx" ON "observations" USING btree ("case_id","observed_at");--> statement-breakpoint
CREATE INDEX "observations_device_time_idx" ON "observations" USING btree ("device_id","observed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "waveforms_reading_idx" ON "waveforms" USING btree ("device_id","code","channel","observed_at");