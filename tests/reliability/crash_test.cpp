// The crash test of issue 8: `salesctl import` (the small demo company into a workspace that already holds
// data, and into a new empty workspace: the first-import path, which writes with a rollback journal instead of the
// WAL) and `salesctl targets decompose … --save` are killed with SIGKILL after a random delay, N times each.
// After every kill the workspace must pass `PRAGMA integrity_check`, have no `PRAGMA foreign_key_check` row,
// and hold exactly the row counts of either the state before the command or the state after it (all or
// nothing). Half the delays are spread over the whole run, half over its last fifth (where the commit is).
//
// usage: crash_test SALESCTL BASE_CSV_DIR   (env CRASH_TEST_SEED, CRASH_TEST_POINTS, default 50 points)

#include <sqlite3.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using Counts = std::map<std::string, long long>;
using Clock = std::chrono::steady_clock;

namespace {

std::string g_salesctl;

struct Db
{
    sqlite3* db = nullptr;
    explicit Db(const fs::path& path)
    {
        if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot open " + path.string() + ": " + sqlite3_errmsg(db));
        sqlite3_busy_timeout(db, 5000);
    }
    ~Db() { sqlite3_close_v2(db); }
    std::vector<std::string> column(const std::string& sql) const
    {
        sqlite3_stmt* stmt = nullptr;
        std::vector<std::string> out;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
            throw std::runtime_error(sql + ": " + sqlite3_errmsg(db));
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            out.emplace_back(t ? t : "");
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            throw std::runtime_error(sql + ": " + sqlite3_errmsg(db));
        return out;
    }
};

Counts counts(const fs::path& path)
{
    Db db(path);
    Counts out;
    for (const std::string& table :
         db.column("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        out[table] = std::stoll(db.column("SELECT COUNT(*) FROM \"" + table + "\"").at(0));
    return out;
}

bool sameCounts(const Counts& a, const Counts& b)
{
    Counts keys = a;
    keys.insert(b.begin(), b.end());
    for (const auto& [table, n] : keys) {
        (void)n;
        const auto ia = a.find(table), ib = b.find(table);
        if ((ia == a.end() ? 0 : ia->second) != (ib == b.end() ? 0 : ib->second))
            return false;
    }
    return true;
}

std::string describe(const Counts& c)
{
    std::string out;
    for (const auto& [t, n] : c)
        if (n)
            out += t + "=" + std::to_string(n) + " ";
    return out;
}

// Everything in the main file (no -wal), so copying the file copies the workspace.
void checkpoint(const fs::path& path)
{
    {
        Db db(path);
        db.column("PRAGMA wal_checkpoint(TRUNCATE)");
        db.column("PRAGMA journal_mode=DELETE");
        db.column("PRAGMA journal_mode=WAL");
    }
    fs::remove(path.string() + "-wal");
    fs::remove(path.string() + "-shm");
}

void copyWorkspace(const fs::path& from, const fs::path& to)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(to.string() + suffix);
    fs::copy_file(from, to);
}

pid_t spawn(const std::vector<std::string>& args)
{
    const pid_t pid = fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        dup2(devnull, 2);
        std::vector<char*> argv;
        argv.push_back(const_cast<char*>(g_salesctl.c_str()));
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(g_salesctl.c_str(), argv.data());
        _exit(127);
    }
    return pid;
}

int runToEnd(const std::vector<std::string>& args)
{
    int status = 0;
    waitpid(spawn(args), &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

struct Scenario
{
    std::string name;
    fs::path base; // the workspace before the command
    std::vector<std::string> args; // salesctl arguments after --db WS
};

// Runs the scenario once uninterrupted; returns its duration and the counts after it.
std::pair<double, Counts> measure(const Scenario& s, const fs::path& ws)
{
    copyWorkspace(s.base, ws);
    std::vector<std::string> args{"--db", ws.string()};
    args.insert(args.end(), s.args.begin(), s.args.end());
    const auto start = Clock::now();
    const int rc = runToEnd(args);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (rc != 0)
        throw std::runtime_error(s.name + ": the uninterrupted run failed with exit code " + std::to_string(rc));
    return {seconds, counts(ws)};
}

int runScenario(const Scenario& s, const fs::path& ws, int points, std::mt19937_64& rng)
{
    const Counts before = counts(s.base);
    const auto [seconds, after] = measure(s, ws);
    if (sameCounts(before, after))
        throw std::runtime_error(s.name + ": the command changes no row count, so the test would prove nothing");
    std::cout << s.name << ": an uninterrupted run takes " << seconds << " s\n  before: " << describe(before)
              << "\n  after:  " << describe(after) << '\n';
    int failures = 0, none = 0, all = 0, finished = 0;
    std::uniform_real_distribution<double> whole(0.0, seconds), end(0.8 * seconds, 1.1 * seconds);
    for (int i = 0; i < points; ++i) {
        const double delay = i % 2 == 0 ? whole(rng) : end(rng);
        copyWorkspace(s.base, ws);
        std::vector<std::string> args{"--db", ws.string()};
        args.insert(args.end(), s.args.begin(), s.args.end());
        const pid_t pid = spawn(args);
        std::this_thread::sleep_for(std::chrono::microseconds(static_cast<long long>(delay * 1e6)));
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        const bool killed = WIFSIGNALED(status);
        std::string verdict;
        try {
            Db db(ws);
            const auto integrity = db.column("PRAGMA integrity_check");
            const auto fk = db.column("SELECT \"table\" FROM pragma_foreign_key_check");
            if (integrity.size() != 1 || integrity[0] != "ok")
                verdict = "FAIL integrity_check: " + integrity.at(0);
            else if (!fk.empty())
                verdict = "FAIL foreign_key_check: " + std::to_string(fk.size()) + " rows, first in " + fk[0];
        } catch (const std::exception& e) {
            verdict = std::string("FAIL cannot read the workspace: ") + e.what();
        }
        if (verdict.empty()) {
            const Counts now = counts(ws);
            if (sameCounts(now, before)) {
                verdict = "none of it";
                ++none;
            } else if (sameCounts(now, after)) {
                verdict = "all of it";
                ++all;
            } else {
                verdict = "FAIL partial: " + describe(now);
            }
        }
        if (!killed) {
            ++finished;
            verdict += " (finished before the kill, exit " + std::to_string(WEXITSTATUS(status)) + ")";
            if (WEXITSTATUS(status) != 0)
                verdict = "FAIL " + verdict;
        }
        if (verdict.rfind("FAIL", 0) == 0)
            ++failures;
        std::printf("  %s #%d: SIGKILL after %.3f s: %s\n", s.name.c_str(), i + 1, delay, verdict.c_str());
        std::fflush(stdout);
    }
    std::cout << s.name << ": " << points << " points, " << none << " none, " << all << " all (" << finished
              << " finished first), " << failures << " failures\n";
    return failures;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: crash_test SALESCTL BASE_CSV_DIR\n";
        return 2;
    }
    g_salesctl = fs::absolute(argv[1]).string();
    const fs::path baseCsv = fs::absolute(argv[2]);
    const char* seedText = std::getenv("CRASH_TEST_SEED");
    const char* pointsText = std::getenv("CRASH_TEST_POINTS");
    const std::uint64_t seed
        = seedText ? std::strtoull(seedText, nullptr, 10) : static_cast<std::uint64_t>(std::random_device{}());
    const int points = pointsText ? std::atoi(pointsText) : 50;
    std::cout << "crash test: seed " << seed << " (CRASH_TEST_SEED=" << seed << " repeats this run), " << points
              << " points per command" << std::endl;
    std::mt19937_64 rng(seed);

    char pattern[] = "/tmp/salesdesk-crash-XXXXXX";
    const char* made = mkdtemp(pattern);
    if (!made) {
        std::cerr << "cannot create a temp folder\n";
        return 1;
    }
    const fs::path dir = made;
    int failures = 0;
    try {
        const fs::path demo = dir / "demo";
        if (runToEnd({"demo", "--size", "small", "--out", demo.string()}) != 0)
            throw std::runtime_error("salesctl demo failed");
        // Before the import: a workspace that already holds a small company of its own.
        const fs::path beforeImport = dir / "before-import.sqlite";
        if (runToEnd({"--db", beforeImport.string(), "import", baseCsv.string()}) != 0)
            throw std::runtime_error("importing " + baseCsv.string() + " failed");
        checkpoint(beforeImport);
        // Before the save: the demo company imported, no target plans yet.
        const fs::path beforeSave = dir / "before-save.sqlite";
        if (runToEnd({"--db", beforeSave.string(), "import", demo.string()}) != 0)
            throw std::runtime_error("importing the demo company failed");
        checkpoint(beforeSave);
        // Before the first import: a new workspace, migrated, without a row.
        const fs::path empty = dir / "empty.sqlite";
        if (runToEnd({"--db", empty.string(), "info"}) != 0)
            throw std::runtime_error("creating an empty workspace failed");
        checkpoint(empty);

        const fs::path ws = dir / "ws.sqlite";
        failures += runScenario({"import", beforeImport, {"import", demo.string()}}, ws, points, rng);
        failures += runScenario({"first import", empty, {"import", demo.string()}}, ws, points, rng);
        failures += runScenario({"save",
                                 beforeSave,
                                 {"targets", "decompose", "--owner", "unit:EAST", "--metric", "revenue", "--period",
                                  "2026", "--amount", "1000000", "--method", "equal", "--to-reps", "--save"}},
                                ws, points, rng);
    } catch (const std::exception& e) {
        std::cerr << "crash test could not run: " << e.what() << '\n';
        fs::remove_all(dir);
        return 1;
    }
    fs::remove_all(dir);
    std::cout << (failures ? "FAILED: " : "passed: ") << failures << " failures (seed " << seed << ")\n";
    return failures ? 1 : 0;
}
