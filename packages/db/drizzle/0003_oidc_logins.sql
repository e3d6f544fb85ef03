CREATE TABLE "oidc_logins" (
	"binding_hash" text PRIMARY KEY NOT NULL,
	"code_verifier" text NOT NULL,
	"state" text NOT NULL,
	"nonce" text NOT NULL,
	"return_path" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "oidc_logins_created_at_index" ON "oidc_logins" USING btree ("created_at");