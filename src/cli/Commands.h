#pragma once

#include "cli/CliContext.h"

namespace sd::cli {

// One function per command; each returns the process exit code or throws CliError.
// words()[0] is the command, words()[1…] its sub-command and positionals.
int runImport(const CliContext& ctx);     // ImportCommand.cpp
int runInfo(const CliContext& ctx);       // ImportCommand.cpp
int runDemo(const CliContext& ctx);       // DemoCommand.cpp
int runTargets(const CliContext& ctx);    // TargetsCommand.cpp
int runFunnel(const CliContext& ctx);     // FunnelCommand.cpp
int runReceivables(const CliContext& ctx); // ReceivablesCommand.cpp
int runKpi(const CliContext& ctx);        // KpiCommand.cpp
int runAppraisal(const CliContext& ctx);  // AppraisalCommand.cpp
int runIncentive(const CliContext& ctx);  // IncentiveCommand.cpp
int runMeetingPack(const CliContext& ctx); // MeetingPackCommand.cpp
int runBackup(const CliContext& ctx);     // BackupCommand.cpp
int runRestore(const CliContext& ctx);    // BackupCommand.cpp
int runMigrate(const CliContext& ctx);    // MigrateCommand.cpp
int runServerBackup(const CliContext& ctx); // ServerBackupCommand.cpp: backup/restore with --db postgresql://…
int runTeam(const CliContext& ctx);       // TeamCommand.cpp

} // namespace sd::cli
