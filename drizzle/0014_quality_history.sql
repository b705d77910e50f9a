CREATE TABLE "history_deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"import_id" uuid NOT NULL,
	"source_row" integer NOT NULL,
	"external_id" text NOT NULL,
	"person_key" text NOT NULL,
	"delivery_at" timestamp with time zone NOT NULL,
	"mode" text NOT NULL,
	"labour_episode_id" text,
	CONSTRAINT "history_deliveries_external_id_unique" UNIQUE("external_id")
);
--> statement-breakpoint
CREATE TABLE "history_episodes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"import_id" uuid NOT NULL,
	"source_file" text NOT NULL,
	"source_row" integer NOT NULL,
	"external_id" text NOT NULL,
	"person_key" text NOT NULL,
	"person_name" text,
	"sex" text NOT NULL,
	"birth_date" date,
	"record_level" text NOT NULL,
	"admission_key" text,
	"admission_date" date,
	"discharge_date" date,
	"ward_id" uuid,
	"province" text,
	"surgery_date" date,
	"grade" smallint,
	"approach" text,
	"procedure_type" text NOT NULL,
	"procedure_name" text,
	"asa" smallint,
	"urgency" text,
	"case_status" text NOT NULL,
	"location" text,
	"death_date" date,
	"clavien_max" text,
	"complications" text,
	"anchor_at" timestamp with time zone NOT NULL,
	"anesthesia" boolean NOT NULL,
	"outcomes" text NOT NULL,
	"engine" text NOT NULL,
	"facts" jsonb NOT NULL,
	CONSTRAINT "history_episodes_external_id_unique" UNIQUE("external_id")
);
--> statement-breakpoint
CREATE TABLE "history_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"files" jsonb NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"counts" jsonb,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid NOT NULL,
	"finished_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_staffing" (
	"year" integer NOT NULL,
	"category" text NOT NULL,
	"headcount" integer NOT NULL,
	"source" text NOT NULL,
	"import_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "quality_staffing_year_category_pk" PRIMARY KEY("year","category"),
	CONSTRAINT "quality_staffing_headcount_check" CHECK ("quality_staffing"."headcount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ward_open_beds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ward_id" uuid NOT NULL,
	"open_beds" integer NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"source" text NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ward_open_beds_count_check" CHECK ("ward_open_beds"."open_beds" >= 0)
);
--> statement-breakpoint
ALTER TABLE "history_episodes" ADD CONSTRAINT "history_episodes_ward_id_wards_id_fk" FOREIGN KEY ("ward_id") REFERENCES "public"."wards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ward_open_beds" ADD CONSTRAINT "ward_open_beds_ward_id_wards_id_fk" FOREIGN KEY ("ward_id") REFERENCES "public"."wards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "history_deliveries_at_idx" ON "history_deliveries" USING btree ("delivery_at");--> statement-breakpoint
CREATE INDEX "history_episodes_anchor_idx" ON "history_episodes" USING btree ("anchor_at");--> statement-breakpoint
CREATE INDEX "history_episodes_discharge_idx" ON "history_episodes" USING btree ("discharge_date");--> statement-breakpoint
CREATE INDEX "history_episodes_surgery_idx" ON "history_episodes" USING btree ("surgery_date");--> statement-breakpoint
CREATE INDEX "history_episodes_person_idx" ON "history_episodes" USING btree ("person_key");--> statement-breakpoint
CREATE INDEX "history_episodes_import_idx" ON "history_episodes" USING btree ("import_id");--> statement-breakpoint
CREATE UNIQUE INDEX "history_imports_one_running_idx" ON "history_imports" USING btree ((true)) WHERE "history_imports"."status" = 'running';--> statement-breakpoint
CREATE INDEX "history_imports_created_idx" ON "history_imports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "ward_open_beds_ward_idx" ON "ward_open_beds" USING btree ("ward_id");