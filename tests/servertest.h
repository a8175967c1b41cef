// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

namespace CohortLens::Test {

// The PostgreSQL server of the tests (COHORTLENS_TEST_PG, set by scripts/test.sh), or
// empty. COHORTLENS_REQUIRE_PG=1 makes its absence a failure rather than a skip.
inline QString testServer()
{
    return qEnvironmentVariable("COHORTLENS_TEST_PG");
}

inline bool serverRequired()
{
    return qEnvironmentVariableIntValue("COHORTLENS_REQUIRE_PG") == 1;
}

// A connection `connectionName` (QSqlDatabase) to the database of a postgresql:// URL, not
// yet opened; the password comes from PGPASSWORD.
inline QSqlDatabase serverConnection(const QString &location, const QString &connectionName)
{
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    return db;
}

// A new, empty database `name` on the test server (dropped first if there), so that test
// programs running at the same time never share one; its postgresql:// URL, or an empty
// string with `error` set.
inline QString freshServerDatabase(const QString &name, QString *error = nullptr)
{
    QUrl url(testServer());
    QString result;
    {
        QSqlDatabase db = serverConnection(url.toString(), QStringLiteral("test-admin"));
        QSqlQuery query(db);
        // The name is the test's own, never input.
        if (!db.open()
            || !query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
            || !query.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            if (error)
                *error = db.isOpen() ? query.lastError().text() : db.lastError().text();
        } else {
            url.setPath(u'/' + name);
            result = url.toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    return result;
}

} // namespace CohortLens::Test
