-- Schema 7: what the Customers section edits beyond the CSV columns: contacts, and a customer's status
-- (deactivated, or merged into another customer). A customer without a status row is active.
-- Portable SQL as in 0001.

CREATE TABLE contacts (
    id TEXT NOT NULL PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id) DEFERRABLE INITIALLY IMMEDIATE,
    name TEXT NOT NULL,
    title TEXT,
    phone TEXT,
    email TEXT,
    birthday TEXT,
    note TEXT
);
CREATE INDEX contacts_customer ON contacts (customer_id);

CREATE TABLE customer_status (
    customer_id TEXT NOT NULL PRIMARY KEY REFERENCES customers (id) DEFERRABLE INITIALLY IMMEDIATE,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    merged_into TEXT REFERENCES customers (id) DEFERRABLE INITIALLY IMMEDIATE,
    changed_on TEXT NOT NULL
);
