-- Issue 14 (ADR-0036): the platform's list of organisations is read a page at a time by kind and name, and the
-- Veilig Thuis regions (26 among a thousand organisations) are looked up by kind on every chain and Veilig Thuis
-- request; this index serves both without reading every organisation.
CREATE INDEX tenant_kind_name_idx ON organisation.tenant (kind, name);
