CREATE TABLE "plan_editions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_editions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"narratives" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"content" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	CONSTRAINT "plan_editions_organisationId_year_unique" UNIQUE("organisation_id","year"),
	CONSTRAINT "plan_editions_status_check" CHECK ("plan_editions"."status" in ('draft', 'published')),
	CONSTRAINT "plan_editions_published_check" CHECK (("plan_editions"."status" = 'published') = ("plan_editions"."content" is not null and "plan_editions"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "strength_notes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "strength_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"area_id" integer NOT NULL,
	"capability_id" integer,
	"weight" smallint NOT NULL,
	"text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "strength_notes_organisationId_code_unique" UNIQUE("organisation_id","code"),
	CONSTRAINT "strength_notes_kind_check" CHECK ("strength_notes"."kind" in ('strength', 'weakness')),
	CONSTRAINT "strength_notes_weight_check" CHECK ("strength_notes"."weight" between 1 and 3)
);
--> statement-breakpoint
ALTER TABLE "plan_editions" ADD CONSTRAINT "plan_editions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strength_notes" ADD CONSTRAINT "strength_notes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strength_notes" ADD CONSTRAINT "strength_notes_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strength_notes" ADD CONSTRAINT "strength_notes_capability_id_capabilities_id_fk" FOREIGN KEY ("capability_id") REFERENCES "public"."capabilities"("id") ON DELETE no action ON UPDATE no action;