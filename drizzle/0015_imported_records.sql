ALTER TABLE "admissions" ALTER COLUMN "attending_doctor" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "patients" ALTER COLUMN "birth_date" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "history_episodes" ADD COLUMN "patient_id" uuid;--> statement-breakpoint
ALTER TABLE "history_episodes" ADD COLUMN "admission_id" uuid;--> statement-breakpoint
ALTER TABLE "admissions" ADD COLUMN "visit_number" text;--> statement-breakpoint
ALTER TABLE "admissions" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "admissions" ADD COLUMN "source_file" text;--> statement-breakpoint
ALTER TABLE "admissions" ADD COLUMN "source_row" integer;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "source_file" text;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "source_row" integer;--> statement-breakpoint
ALTER TABLE "history_episodes" ADD CONSTRAINT "history_episodes_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "history_episodes" ADD CONSTRAINT "history_episodes_admission_id_admissions_id_fk" FOREIGN KEY ("admission_id") REFERENCES "public"."admissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "history_episodes_patient_idx" ON "history_episodes" USING btree ("patient_id");--> statement-breakpoint
ALTER TABLE "admissions" ADD CONSTRAINT "admissions_visit_number_unique" UNIQUE("visit_number");