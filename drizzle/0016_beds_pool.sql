CREATE TABLE "adt_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sender" text NOT NULL,
	"control_id" text NOT NULL,
	"event" text NOT NULL,
	"admission_id" uuid,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bed_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"case_id" uuid,
	"planned_admission_on" date NOT NULL,
	"planned_surgery_on" date,
	"procedure_code" text,
	"procedure_name" text,
	"procedure_grade" smallint,
	"isolation" boolean DEFAULT false NOT NULL,
	"needs_monitored" boolean DEFAULT false NOT NULL,
	"monitored_days" smallint,
	"requested_ward_id" uuid,
	"surgical_team" text,
	"priority" text DEFAULT 'normal' NOT NULL,
	"expected_los" smallint NOT NULL,
	"los_source" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"reserved_bed_id" uuid,
	"reserved_until" date,
	"admission_id" uuid,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "bed_requests_los_check" CHECK ("bed_requests"."expected_los" >= 0)
);
--> statement-breakpoint
CREATE TABLE "bed_rooms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ward_id" uuid NOT NULL,
	"code" text NOT NULL,
	"sex" text DEFAULT 'mixed' NOT NULL,
	"isolation_capable" boolean DEFAULT false NOT NULL,
	"monitored" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "bed_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "bed_state_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"bed_id" uuid NOT NULL,
	"state" text NOT NULL,
	"closure_reason" text,
	"reopens_on" date,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "bed_state_events_closure_check" CHECK (("bed_state_events"."state" = 'closed') = ("bed_state_events"."closure_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "bed_stays" (
	"id" uuid PRIMARY KEY NOT NULL,
	"admission_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"ward_id" uuid NOT NULL,
	"bed_id" uuid,
	"temporary" boolean DEFAULT false NOT NULL,
	"from_at" timestamp with time zone NOT NULL,
	"to_at" timestamp with time zone,
	"cause" text NOT NULL,
	"reason" text,
	"overridden" jsonb,
	"override_reason" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"voided_at" timestamp with time zone,
	"voided_by" uuid,
	"void_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "bed_stays_order_check" CHECK ("bed_stays"."to_at" is null or "bed_stays"."to_at" >= "bed_stays"."from_at")
);
--> statement-breakpoint
ALTER TABLE "admissions" ADD COLUMN "discharge_disposition" text;--> statement-breakpoint
ALTER TABLE "admissions" ADD COLUMN "expected_discharge_on" date;--> statement-breakpoint
ALTER TABLE "admissions" ADD COLUMN "source" text DEFAULT 'periop' NOT NULL;--> statement-breakpoint
ALTER TABLE "beds" ADD COLUMN "room_id" uuid;--> statement-breakpoint
ALTER TABLE "beds" ADD COLUMN "extra" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "beds" ADD COLUMN "placed_on" date;--> statement-breakpoint
ALTER TABLE "beds" ADD COLUMN "removed_on" date;--> statement-breakpoint
ALTER TABLE "beds" ADD COLUMN "state" text DEFAULT 'available' NOT NULL;--> statement-breakpoint
ALTER TABLE "wards" ADD COLUMN "name_en" text;--> statement-breakpoint
ALTER TABLE "wards" ADD COLUMN "staffing_limit" integer;--> statement-breakpoint
ALTER TABLE "wards" ADD COLUMN "sort_order" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "adt_messages" ADD CONSTRAINT "adt_messages_admission_id_admissions_id_fk" FOREIGN KEY ("admission_id") REFERENCES "public"."admissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_requests" ADD CONSTRAINT "bed_requests_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_requests" ADD CONSTRAINT "bed_requests_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_requests" ADD CONSTRAINT "bed_requests_requested_ward_id_wards_id_fk" FOREIGN KEY ("requested_ward_id") REFERENCES "public"."wards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_requests" ADD CONSTRAINT "bed_requests_reserved_bed_id_beds_id_fk" FOREIGN KEY ("reserved_bed_id") REFERENCES "public"."beds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_requests" ADD CONSTRAINT "bed_requests_admission_id_admissions_id_fk" FOREIGN KEY ("admission_id") REFERENCES "public"."admissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_rooms" ADD CONSTRAINT "bed_rooms_ward_id_wards_id_fk" FOREIGN KEY ("ward_id") REFERENCES "public"."wards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_state_events" ADD CONSTRAINT "bed_state_events_bed_id_beds_id_fk" FOREIGN KEY ("bed_id") REFERENCES "public"."beds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_stays" ADD CONSTRAINT "bed_stays_admission_id_admissions_id_fk" FOREIGN KEY ("admission_id") REFERENCES "public"."admissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_stays" ADD CONSTRAINT "bed_stays_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_stays" ADD CONSTRAINT "bed_stays_ward_id_wards_id_fk" FOREIGN KEY ("ward_id") REFERENCES "public"."wards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_stays" ADD CONSTRAINT "bed_stays_bed_id_beds_id_fk" FOREIGN KEY ("bed_id") REFERENCES "public"."beds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "adt_messages_sender_control_idx" ON "adt_messages" USING btree ("sender","control_id");--> statement-breakpoint
CREATE INDEX "bed_requests_status_idx" ON "bed_requests" USING btree ("status","planned_admission_on");--> statement-breakpoint
CREATE UNIQUE INDEX "bed_requests_reserved_bed_idx" ON "bed_requests" USING btree ("reserved_bed_id") WHERE "bed_requests"."status" = 'reserved';--> statement-breakpoint
CREATE UNIQUE INDEX "bed_rooms_ward_code_idx" ON "bed_rooms" USING btree ("ward_id","code");--> statement-breakpoint
CREATE INDEX "bed_state_events_bed_idx" ON "bed_state_events" USING btree ("bed_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "bed_stays_bed_open_idx" ON "bed_stays" USING btree ("bed_id") WHERE "bed_stays"."to_at" is null and "bed_stays"."voided_at" is null and "bed_stays"."bed_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "bed_stays_admission_open_idx" ON "bed_stays" USING btree ("admission_id") WHERE "bed_stays"."to_at" is null and "bed_stays"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "bed_stays_admission_idx" ON "bed_stays" USING btree ("admission_id","from_at");--> statement-breakpoint
CREATE INDEX "bed_stays_ward_idx" ON "bed_stays" USING btree ("ward_id","from_at");--> statement-breakpoint
ALTER TABLE "beds" ADD CONSTRAINT "beds_room_id_bed_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."bed_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
UPDATE "admissions" SET "source" = 'import' WHERE "import_id" IS NOT NULL;--> statement-breakpoint
-- Each admission begun before the bed pool existed becomes one bed stay, so the census can replay it. An open
-- stay keeps its bed only if no later open admission holds that bed (a bed holds one patient at a time).
INSERT INTO "bed_stays" ("id", "admission_id", "patient_id", "ward_id", "bed_id", "temporary", "from_at", "to_at", "cause", "reason")
SELECT gen_random_uuid(), a."id", a."patient_id", a."ward_id",
  CASE WHEN a."discharged_at" IS NOT NULL OR a."id" = (
    SELECT b."id" FROM "admissions" b WHERE b."bed_id" = a."bed_id" AND b."discharged_at" IS NULL
    ORDER BY b."admitted_at" DESC, b."id" DESC LIMIT 1) THEN a."bed_id" END,
  false, a."admitted_at", a."discharged_at", 'admit', 'migrated'
FROM "admissions" a WHERE a."import_id" IS NULL;
