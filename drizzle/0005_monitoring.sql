CREATE TABLE "case_outcomes" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"status" text NOT NULL,
	"death_at" timestamp with time zone,
	"cause" text,
	"source" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"decided_by" uuid
);
--> statement-breakpoint
CREATE TABLE "complications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"type" text NOT NULL,
	"onset_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"rule" text,
	"evidence" jsonb,
	"grade" text,
	"disability" boolean DEFAULT false NOT NULL,
	"treatment" text,
	"outcome" text,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "ews_alerts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"ward_id" uuid,
	"set_id" uuid,
	"type" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"action" text,
	"note" text,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "followup_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"result" text,
	"done_by" uuid,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lab_results" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"case_id" uuid,
	"analyte" text NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observation_sets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"ward_id" uuid,
	"taken_at" timestamp with time zone NOT NULL,
	"values" jsonb NOT NULL,
	"complete" boolean NOT NULL,
	"total" integer,
	"band" text,
	"red_score" boolean DEFAULT false NOT NULL,
	"scale" smallint DEFAULT 1 NOT NULL,
	"result" jsonb NOT NULL,
	"next_due_at" timestamp with time zone,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scale2_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"ordered_by" uuid NOT NULL,
	"ordered_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_outcomes" ADD CONSTRAINT "case_outcomes_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complications" ADD CONSTRAINT "complications_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ews_alerts" ADD CONSTRAINT "ews_alerts_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_tasks" ADD CONSTRAINT "followup_tasks_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_results" ADD CONSTRAINT "lab_results_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_sets" ADD CONSTRAINT "observation_sets_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_sets" ADD CONSTRAINT "observation_sets_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scale2_orders" ADD CONSTRAINT "scale2_orders_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complications_case_idx" ON "complications" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "complications_status_idx" ON "complications" USING btree ("status");--> statement-breakpoint
CREATE INDEX "ews_alerts_ward_idx" ON "ews_alerts" USING btree ("ward_id","status");--> statement-breakpoint
CREATE INDEX "ews_alerts_case_idx" ON "ews_alerts" USING btree ("case_id","raised_at");--> statement-breakpoint
CREATE UNIQUE INDEX "followup_tasks_case_kind_idx" ON "followup_tasks" USING btree ("case_id","kind");--> statement-breakpoint
CREATE INDEX "followup_tasks_status_idx" ON "followup_tasks" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "lab_results_patient_idx" ON "lab_results" USING btree ("patient_id","analyte","taken_at");--> statement-breakpoint
CREATE INDEX "observation_sets_case_idx" ON "observation_sets" USING btree ("case_id","taken_at");--> statement-breakpoint
CREATE INDEX "observation_sets_ward_idx" ON "observation_sets" USING btree ("ward_id","taken_at");