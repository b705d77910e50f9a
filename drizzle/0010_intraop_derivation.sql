CREATE TABLE "intraop_episodes" (
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"param" text NOT NULL,
	"source" text NOT NULL,
	"mode" text NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"extreme" double precision NOT NULL,
	CONSTRAINT "intraop_episodes_case_id_kind_param_source_mode_start_at_pk" PRIMARY KEY("case_id","kind","param","source","mode","start_at")
);
--> statement-breakpoint
CREATE TABLE "intraop_states" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"basis" jsonb NOT NULL,
	"trackers" jsonb NOT NULL,
	"derived_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reading_minutes" (
	"device_id" uuid,
	"case_id" uuid,
	"minute" timestamp with time zone NOT NULL,
	"param" text NOT NULL,
	"channel" text NOT NULL,
	"unit" text NOT NULL,
	"n" integer NOT NULL,
	"first_t" bigint NOT NULL,
	"min" double precision NOT NULL,
	"min_t" bigint NOT NULL,
	"min_id" bigint NOT NULL,
	"max" double precision NOT NULL,
	"max_t" bigint NOT NULL,
	"max_id" bigint NOT NULL,
	"last" double precision NOT NULL,
	"last_t" bigint NOT NULL,
	"last_id" bigint NOT NULL,
	CONSTRAINT "reading_minutes_key" UNIQUE NULLS NOT DISTINCT("device_id","case_id","minute","param","channel","unit")
);
--> statement-breakpoint
ALTER TABLE "intraop_episodes" ADD CONSTRAINT "intraop_episodes_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intraop_states" ADD CONSTRAINT "intraop_states_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reading_minutes_case_idx" ON "reading_minutes" USING btree ("case_id","minute") WHERE "reading_minutes"."case_id" is not null;--> statement-breakpoint
CREATE INDEX "observations_device_artefact_idx" ON "observations" USING btree ("device_id","observed_at") WHERE "observations"."artefact";--> statement-breakpoint
CREATE INDEX "observations_case_artefact_idx" ON "observations" USING btree ("case_id","observed_at") WHERE "observations"."artefact";--> statement-breakpoint
CREATE INDEX "cases_room_out_idx" ON "surgical_cases" USING btree ("or_room","out_of_room_at");