CREATE TABLE "ai_reach_rules" (
	"organisation_id" integer PRIMARY KEY NOT NULL,
	"min_each" smallint NOT NULL,
	"min_mean" numeric(2, 1) NOT NULL,
	"max_effort" smallint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "ai_reach_rules_check" CHECK ("ai_reach_rules"."min_each" between 1 and 5 and "ai_reach_rules"."min_mean" between 1 and 5 and "ai_reach_rules"."max_effort" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "ai_use_case_needs" (
	"use_case_id" integer NOT NULL,
	"need_id" integer NOT NULL,
	CONSTRAINT "ai_use_case_needs_use_case_id_need_id_pk" PRIMARY KEY("use_case_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "ai_use_cases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ai_use_cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit_id" integer NOT NULL,
	"value" smallint NOT NULL,
	"effort" smallint NOT NULL,
	"readiness_data" smallint NOT NULL,
	"readiness_legal" smallint NOT NULL,
	"readiness_competence" smallint NOT NULL,
	"readiness_platform" smallint NOT NULL,
	"readiness_testing" smallint NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "ai_use_cases_organisationId_code_unique" UNIQUE("organisation_id","code"),
	CONSTRAINT "ai_use_cases_scores_check" CHECK ("ai_use_cases"."value" between 1 and 5 and "ai_use_cases"."effort" between 1 and 5
        and "ai_use_cases"."readiness_data" between 1 and 5 and "ai_use_cases"."readiness_legal" between 1 and 5
        and "ai_use_cases"."readiness_competence" between 1 and 5 and "ai_use_cases"."readiness_platform" between 1 and 5
        and "ai_use_cases"."readiness_testing" between 1 and 5),
	CONSTRAINT "ai_use_cases_status_check" CHECK ("ai_use_cases"."status" in ('idea', 'pilot', 'production'))
);
--> statement-breakpoint
CREATE TABLE "benefit_actions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "benefit_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"benefit_id" integer NOT NULL,
	"owner" text NOT NULL,
	"description" text NOT NULL,
	"due_date" date NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "benefit_actions_owner_check" CHECK ("benefit_actions"."owner" in ('servicenamnden', 'kommunstyrelsen'))
);
--> statement-breakpoint
CREATE TABLE "benefit_measurements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "benefit_measurements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"benefit_id" integer NOT NULL,
	"measured_on" date NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "benefit_measurements_benefitId_measuredOn_unique" UNIQUE("benefit_id","measured_on")
);
--> statement-breakpoint
CREATE TABLE "benefits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "benefits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"need_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"category" text NOT NULL,
	"metric" text NOT NULL,
	"baseline" numeric(14, 2) NOT NULL,
	"target" numeric(14, 2) NOT NULL,
	"target_date" date NOT NULL,
	"phase" text NOT NULL,
	"follow_up_months" smallint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "benefits_organisationId_code_unique" UNIQUE("organisation_id","code"),
	CONSTRAINT "benefits_target_check" CHECK ("benefits"."target" <> "benefits"."baseline"),
	CONSTRAINT "benefits_follow_up_check" CHECK ("benefits"."follow_up_months" between 1 and 36),
	CONSTRAINT "benefits_category_check" CHECK ("benefits"."category" in ('ekonomisk', 'tid-resurser', 'kvalitet', 'samhallsnytta')),
	CONSTRAINT "benefits_phase_check" CHECK ("benefits"."phase" in ('identifiera', 'specificera', 'planera', 'realisera', 'folja-upp'))
);
--> statement-breakpoint
CREATE TABLE "critical_factor_capabilities" (
	"factor_id" integer NOT NULL,
	"capability_id" integer NOT NULL,
	CONSTRAINT "critical_factor_capabilities_factor_id_capability_id_pk" PRIMARY KEY("factor_id","capability_id")
);
--> statement-breakpoint
CREATE TABLE "critical_factor_needs" (
	"factor_id" integer NOT NULL,
	"need_id" integer NOT NULL,
	CONSTRAINT "critical_factor_needs_factor_id_need_id_pk" PRIMARY KEY("factor_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "critical_factor_scores" (
	"factor_id" integer NOT NULL,
	"round_id" integer NOT NULL,
	"likelihood" smallint NOT NULL,
	"impact" smallint NOT NULL,
	CONSTRAINT "critical_factor_scores_factor_id_round_id_pk" PRIMARY KEY("factor_id","round_id"),
	CONSTRAINT "critical_factor_scores_check" CHECK ("critical_factor_scores"."likelihood" between 1 and 5 and "critical_factor_scores"."impact" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "critical_factors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "critical_factors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"likelihood" smallint NOT NULL,
	"impact" smallint NOT NULL,
	"owner" text NOT NULL,
	"mitigation" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "critical_factors_organisationId_code_unique" UNIQUE("organisation_id","code"),
	CONSTRAINT "critical_factors_scores_check" CHECK ("critical_factors"."likelihood" between 1 and 5 and "critical_factors"."impact" between 1 and 5),
	CONSTRAINT "critical_factors_kind_check" CHECK ("critical_factors"."kind" in ('success', 'risk')),
	CONSTRAINT "critical_factors_status_check" CHECK ("critical_factors"."status" in ('open', 'mitigating', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "ai_reach_rules" ADD CONSTRAINT "ai_reach_rules_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_use_case_needs" ADD CONSTRAINT "ai_use_case_needs_use_case_id_ai_use_cases_id_fk" FOREIGN KEY ("use_case_id") REFERENCES "public"."ai_use_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_use_case_needs" ADD CONSTRAINT "ai_use_case_needs_need_id_investment_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."investment_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_use_cases" ADD CONSTRAINT "ai_use_cases_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_use_cases" ADD CONSTRAINT "ai_use_cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_actions" ADD CONSTRAINT "benefit_actions_benefit_id_benefits_id_fk" FOREIGN KEY ("benefit_id") REFERENCES "public"."benefits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_measurements" ADD CONSTRAINT "benefit_measurements_benefit_id_benefits_id_fk" FOREIGN KEY ("benefit_id") REFERENCES "public"."benefits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_need_id_investment_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."investment_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critical_factor_capabilities" ADD CONSTRAINT "critical_factor_capabilities_factor_id_critical_factors_id_fk" FOREIGN KEY ("factor_id") REFERENCES "public"."critical_factors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critical_factor_capabilities" ADD CONSTRAINT "critical_factor_capabilities_capability_id_capabilities_id_fk" FOREIGN KEY ("capability_id") REFERENCES "public"."capabilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critical_factor_needs" ADD CONSTRAINT "critical_factor_needs_factor_id_critical_factors_id_fk" FOREIGN KEY ("factor_id") REFERENCES "public"."critical_factors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critical_factor_needs" ADD CONSTRAINT "critical_factor_needs_need_id_investment_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."investment_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critical_factor_scores" ADD CONSTRAINT "critical_factor_scores_factor_id_critical_factors_id_fk" FOREIGN KEY ("factor_id") REFERENCES "public"."critical_factors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critical_factor_scores" ADD CONSTRAINT "critical_factor_scores_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critical_factors" ADD CONSTRAINT "critical_factors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;