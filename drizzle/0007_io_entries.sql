CREATE TABLE "io_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"kind" text NOT NULL,
	"volume_ml" double precision NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "io_entries" ADD CONSTRAINT "io_entries_case_id_surgical_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."surgical_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "io_entries_case_idx" ON "io_entries" USING btree ("case_id","at");