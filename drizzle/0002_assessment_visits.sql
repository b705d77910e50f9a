CREATE TABLE "assessment_visits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"status" text NOT NULL,
	"data" jsonb NOT NULL,
	"results" jsonb NOT NULL,
	"high_risk_flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"visit_at" timestamp with time zone,
	"late" boolean DEFAULT false NOT NULL,
	"signed_at" timestamp with time zone,
	"signed_by" uuid,
	"amendment_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "recommendation_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"visit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"text" jsonb NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reason" text,
	"acted_by" uuid,
	"acted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "assessment_visits" ADD CONSTRAINT "assessment_visits_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_visits" ADD CONSTRAINT "assessment_visits_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_tasks" ADD CONSTRAINT "recommendation_tasks_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_tasks" ADD CONSTRAINT "recommendation_tasks_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_tasks" ADD CONSTRAINT "recommendation_tasks_visit_id_assessment_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."assessment_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_visits_case_revision_idx" ON "assessment_visits" USING btree ("case_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "recommendation_tasks_case_code_idx" ON "recommendation_tasks" USING btree ("case_id","code");--> statement-breakpoint
CREATE INDEX "recommendation_tasks_status_idx" ON "recommendation_tasks" USING btree ("status");