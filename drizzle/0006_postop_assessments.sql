CREATE TABLE "postop_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"instrument" text NOT NULL,
	"instrument_version" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"input" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"complete" boolean NOT NULL,
	"total" double precision,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "postop_assessments" ADD CONSTRAINT "postop_assessments_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "postop_assessments_case_idx" ON "postop_assessments" USING btree ("case_id","instrument","at");