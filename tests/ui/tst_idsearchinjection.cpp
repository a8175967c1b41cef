// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window's ID search box (issue 8, SPEC §7): whatever is typed — SQL, LIKE wildcards,
// NUL characters, a very long text — reaches the query as one bound value. Typed into the
// FilterPanel, read back as its filter, and run by the store the way the window runs it
// (count, the cohort, the sorted ids of the table); the registry file stays unchanged.

#include "filterpanel.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace CohortLens;

class tst_IdSearchInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchIsOneBoundValue_data();
    void searchIsOneBoundValue();

private:
    QTemporaryDir m_dir;
    QString m_registry;
    QByteArray m_sha;
};

void tst_IdSearchInjection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ImportRequest request;
    request.csvPath = Test::demoRegistryPath();
    request.databasePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const ImportReport report = RegistryImporter().importFile(request);
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    m_registry = request.databasePath;
    m_sha = Test::fileSha256(m_registry);
}

void tst_IdSearchInjection::searchIsOneBoundValue_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("matches");
    QTest::newRow("drop table") << QStringLiteral("x'); DROP TABLE patients; --") << qint64(0);
    QTest::newRow("double quote or") << QStringLiteral("\" OR 1=1 --") << qint64(0);
    QTest::newRow("like wildcard or") << QStringLiteral("%' OR '1'='1") << qint64(0);
    QTest::newRow("closing parenthesis") << QStringLiteral("') OR 1=1 --") << qint64(0);
    QTest::newRow("percent") << QStringLiteral("%") << qint64(0);
    QTest::newRow("underscore") << QStringLiteral("SYN_00") << qint64(0);
    QTest::newRow("semicolon") << QStringLiteral("1; DELETE FROM patients") << qint64(0);
    QTest::newRow("NUL inside") << (QStringLiteral("SYN") + QChar(0) + QStringLiteral("' OR '1'='1"))
                                << qint64(0);
    QTest::newRow("NUL first") << (QChar(0) + QStringLiteral("SYN")) << qint64(0);
    QTest::newRow("100k quotes") << QString(100000, u'\'') << qint64(0);
    // As data it finds what it should: the control rows.
    QTest::newRow("a real prefix") << QStringLiteral("SYN-00") << qint64(9);
    QTest::newRow("one patient, other case") << QStringLiteral("syn-066") << qint64(1);
}

void tst_IdSearchInjection::searchIsOneBoundValue()
{
    QFETCH(QString, typed);
    QFETCH(qint64, matches);

    FilterPanel panel;
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("idSearch"));
    QVERIFY(search);
    search->setText(typed);
    const CohortFilter filter = panel.filter();
    // The box holds at most maxLength() characters (32767), like every QLineEdit.
    QCOMPARE(filter.idSearch, typed.left(search->maxLength()).trimmed());

    {
        RegistryStore store;
        // Read-write, as the window opens a registry it may import into.
        QVERIFY(store.open(m_registry, RegistryStore::Access::ReadWrite));
        const QStringList tables = store.database().tables();
        QCOMPARE(store.countCohort(filter), std::optional<qint64>(matches));
        const auto cohort = store.loadCohort(filter);
        QVERIFY2(cohort, qPrintable(store.errorString()));
        QCOMPARE(qint64(cohort->size()), matches);
        for (const QString &sort : {QString(), QStringLiteral("patient_id")}) {
            const auto ids = store.patientIds(filter, sort, Qt::DescendingOrder);
            QVERIFY2(ids, qPrintable(store.errorString()));
            QCOMPARE(qint64(ids->size()), matches);
        }
        QCOMPARE(store.patientCount(), 66);
        QCOMPARE(store.database().tables(), tables);
    }
    QCOMPARE(Test::fileSha256(m_registry), m_sha);
}

QTEST_MAIN(tst_IdSearchInjection)
#include "tst_idsearchinjection.moc"
