CREATE TABLE "login_failures" (
	"username" text PRIMARY KEY NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_failure_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "security_policy" (
	"id" smallint PRIMARY KEY NOT NULL,
	"min_password_length" integer NOT NULL,
	"max_failed_logins" integer NOT NULL,
	"lock_minutes" integer NOT NULL,
	"session_idle_minutes" integer NOT NULL,
	"session_absolute_hours" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "security_policy_single_row" CHECK ("security_policy"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "all_wards" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "admissions_bed_open_idx" ON "admissions" USING btree ("bed_id") WHERE "admissions"."discharged_at" is null;--> statement-breakpoint
CREATE INDEX "scale2_orders_case_idx" ON "scale2_orders" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cases_admission_idx" ON "surgical_cases" USING btree ("admission_id");--> statement-breakpoint
CREATE INDEX "cases_ward_idx" ON "surgical_cases" USING btree ("ward_id");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "surgical_cases" USING btree ("status");--> statement-breakpoint
-- An empty ward list used to mean every ward: keep those accounts' reach, now said explicitly.
UPDATE "users" SET "all_wards" = true WHERE cardinality("ward_ids") = 0 AND "role" IN ('anesthesiologist', 'surgeon', 'nurse', 'followup', 'quality', 'viewer');
