CREATE TABLE "observation_corrections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"set_id" uuid NOT NULL,
	"action" text NOT NULL,
	"version" integer NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"reason" text NOT NULL,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "code_dictionary" (
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"pinyin" text NOT NULL,
	"grade" smallint,
	"approach" text,
	"restricted" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "code_dictionary_kind_code_pk" PRIMARY KEY("kind","code"),
	CONSTRAINT "code_dictionary_grade_check" CHECK ("code_dictionary"."grade" between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "observation_sets" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "observation_sets" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "observation_sets" ADD COLUMN "voided_by" uuid;--> statement-breakpoint
ALTER TABLE "observation_sets" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "surgical_grade" smallint;--> statement-breakpoint
ALTER TABLE "surgical_cases" ADD COLUMN "surgeon_user_id" uuid;--> statement-breakpoint
ALTER TABLE "surgical_cases" ADD COLUMN "nurses" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "surgical_cases" ADD COLUMN "cancel_reason_code" text;--> statement-breakpoint
ALTER TABLE "observation_corrections" ADD CONSTRAINT "observation_corrections_set_id_observation_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."observation_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "observation_corrections_set_idx" ON "observation_corrections" USING btree ("set_id","changed_at");--> statement-breakpoint
CREATE INDEX "code_dictionary_pinyin_idx" ON "code_dictionary" USING btree ("kind","pinyin");