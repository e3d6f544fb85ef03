CREATE TABLE "capability_aliases" (
	"framework_id" integer NOT NULL,
	"code" text NOT NULL,
	"capability_id" integer NOT NULL,
	CONSTRAINT "capability_aliases_framework_id_code_pk" PRIMARY KEY("framework_id","code")
);
--> statement-breakpoint
CREATE TABLE "framework_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "framework_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"framework_id" integer NOT NULL,
	"version" integer NOT NULL,
	"document" jsonb NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" text NOT NULL,
	"changes" jsonb NOT NULL,
	CONSTRAINT "framework_versions_frameworkId_version_unique" UNIQUE("framework_id","version")
);
--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "name_en" text;--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "retired_in_version" integer;--> statement-breakpoint
ALTER TABLE "capabilities" ADD COLUMN "name_en" text;--> statement-breakpoint
ALTER TABLE "capabilities" ADD COLUMN "description_en" text;--> statement-breakpoint
ALTER TABLE "capabilities" ADD COLUMN "added_in_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "capabilities" ADD COLUMN "retired_in_version" integer;--> statement-breakpoint
ALTER TABLE "capabilities" ADD COLUMN "successor_id" integer;--> statement-breakpoint
ALTER TABLE "frameworks" ADD COLUMN "name_en" text;--> statement-breakpoint
ALTER TABLE "frameworks" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "level_descriptors" ADD COLUMN "descriptor_en" text;--> statement-breakpoint
ALTER TABLE "scale_steps" ADD COLUMN "name_en" text;--> statement-breakpoint
ALTER TABLE "capability_aliases" ADD CONSTRAINT "capability_aliases_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capability_aliases" ADD CONSTRAINT "capability_aliases_capability_id_capabilities_id_fk" FOREIGN KEY ("capability_id") REFERENCES "public"."capabilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_versions" ADD CONSTRAINT "framework_versions_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capabilities" ADD CONSTRAINT "capabilities_successor_id_capabilities_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."capabilities"("id") ON DELETE no action ON UPDATE no action;