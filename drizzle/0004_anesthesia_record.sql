CREATE TABLE "alert_acks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"note" text,
	"acked_by" uuid NOT NULL,
	"acked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "anesthesia_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"method" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"temp_mode" text DEFAULT 'continuous' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"signed_at" timestamp with time zone,
	"signed_by" uuid,
	"amendment_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "anesthesia_records_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "checklist_answers" (
	"case_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"item" text NOT NULL,
	"answer" text NOT NULL,
	"answered_by" uuid NOT NULL,
	"answered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drug_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"drug" text NOT NULL,
	"kind" text NOT NULL,
	"dose" double precision,
	"rate" double precision,
	"unit" text NOT NULL,
	"route" text NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fluid_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"kind" text NOT NULL,
	"volume_ml" double precision NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"code" text NOT NULL,
	"text" text,
	"at" timestamp with time zone NOT NULL,
	"override_reason" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_acks" ADD CONSTRAINT "alert_acks_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anesthesia_records" ADD CONSTRAINT "anesthesia_records_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anesthesia_records" ADD CONSTRAINT "anesthesia_records_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_answers" ADD CONSTRAINT "checklist_answers_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drug_entries" ADD CONSTRAINT "drug_entries_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fluid_entries" ADD CONSTRAINT "fluid_entries_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_events" ADD CONSTRAINT "record_events_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alert_acks_idx" ON "alert_acks" USING btree ("case_id","kind","start_at");--> statement-breakpoint
CREATE UNIQUE INDEX "checklist_answers_item_idx" ON "checklist_answers" USING btree ("case_id","phase","item");--> statement-breakpoint
CREATE INDEX "drug_entries_case_idx" ON "drug_entries" USING btree ("case_id","start_at");--> statement-breakpoint
CREATE INDEX "fluid_entries_case_idx" ON "fluid_entries" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "record_events_case_idx" ON "record_events" USING btree ("case_id","at");