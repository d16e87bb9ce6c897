#pragma once

#include "domain/Model.h"

#include <QSqlDatabase>

namespace sd::storage {

// Records a customer's profile edit in customer_changes (schema 6), which the meeting pack's customer sheet lists:
// one row dated `on` per field that differs between `before` and `after` (field names as in customers.csv, values
// as text in the CSV's format, NULL when empty). An edit that puts a field back to what the latest row of that
// field on the same day changed it from (an undo) removes that row instead, so an edit undone leaves no trace.
// Nothing is recorded when the table is missing (it is added by SqlDailyRepository on first use).
void recordCustomerChanges(const QSqlDatabase& db, const Customer& before, const Customer& after, Date on);

} // namespace sd::storage
