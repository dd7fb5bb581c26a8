-- The introductions service's own database, next to firm_profiles (POSTGRES_DB); run once, on a fresh volume.
CREATE DATABASE introductions OWNER knowbridge;
