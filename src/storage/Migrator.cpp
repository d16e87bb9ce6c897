#include "storage/Migrator.h"

#include "storage/ScopedTransaction.h"
#include "storage/SqlDialect.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace sd::storage {

namespace {

std::vector<Migration> scanMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    std::vector<Migration> out;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        out.push_back({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    if (out.empty())
        throw StorageError("this build of Salesdesk lacks its schema migrations (resource :/migrations)");
    std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    for (size_t i = 0; i < out.size(); ++i)
        if (out[i].version != static_cast<int>(i) + 1)
            throw StorageError("the built-in schema migrations are not numbered 1.." + std::to_string(out.size()));
    return out;
}

} // namespace

Migrator::Migrator(QSqlDatabase db, const SqlDialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

const std::vector<Migration>& Migrator::available()
{
    static const std::vector<Migration> migrations = scanMigrations();
    return migrations;
}

int Migrator::latestVersion() { return static_cast<int>(available().size()); }

void Migrator::migrate(int fromVersion)
{
    for (const Migration& m : available())
        if (m.version > fromVersion)
            apply(m);
}

void Migrator::apply(const Migration& m)
{
    QFile file(m.path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError("cannot read the schema migration " + m.path.toStdString());
    const QString script = QString::fromUtf8(file.readAll());

    ScopedTransaction tx(m_db);
    for (const QString& statement : splitStatements(script)) {
        QSqlQuery q(m_db);
        if (!q.exec(m_dialect.adaptMigrationStatement(statement)))
            throw StorageError("cannot upgrade the workspace to schema " + std::to_string(m.version) + " ("
                               + m.name.toStdString() + "): " + q.lastError().text().toStdString());
    }
    m_dialect.setSchemaVersion(m_db, m.version);
    tx.commit();
    spdlog::info("workspace schema migrated to version {} ({})", m.version, m.name.toStdString());
}

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList out;
    QString current;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        if (c == u'-' && i + 1 < n && script[i + 1] == u'-') {
            while (i < n && script[i] != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script[i + 1] == u'*') {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            const qsizetype start = i;
            for (++i; i < n; ++i) {
                if (script[i] == c) {
                    if (i + 1 < n && script[i + 1] == c)
                        ++i; // doubled quote inside the literal
                    else
                        break;
                }
            }
            current += script.mid(start, i - start + 1);
            continue;
        }
        if (c == u';') {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace sd::storage
