CREATE TABLE "record_corrections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"entry_kind" text NOT NULL,
	"entry_id" text NOT NULL,
	"action" text NOT NULL,
	"version" integer NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"reason" text NOT NULL,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checklist_answers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "drug_entries" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "drug_entries" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "drug_entries" ADD COLUMN "voided_by" uuid;--> statement-breakpoint
ALTER TABLE "drug_entries" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "fluid_entries" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "fluid_entries" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fluid_entries" ADD COLUMN "voided_by" uuid;--> statement-breakpoint
ALTER TABLE "fluid_entries" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "record_events" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "record_events" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "record_events" ADD COLUMN "voided_by" uuid;--> statement-breakpoint
ALTER TABLE "record_events" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "record_corrections" ADD CONSTRAINT "record_corrections_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_corrections_case_idx" ON "record_corrections" USING btree ("case_id","changed_at");