// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblemsdialog.h"
#include "testsupport.h"

#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace CohortLens;

class tst_ImportProblemsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryProblem();
    void savesTheList();
    void saysWhenNotAllAreListed();
};

namespace {
ValidationProblems problems()
{
    ValidationProblem unreadable{4, QStringLiteral("note"), QString(), QStringLiteral("not UTF-8")};
    unreadable.valueKnown = false;
    return {{0, QStringLiteral("arm"), {}, QStringLiteral("required column is missing")},
            {12,
             QStringLiteral("status"),
             QStringLiteral("2"),
             QStringLiteral("status must be 1 (dead) or 0 (alive at last follow-up)")},
            {13,
             QStringLiteral("note"),
             QStringLiteral("a, \"quoted\" value"),
             QStringLiteral("too long")},
            unreadable};
}
} // namespace

void tst_ImportProblemsDialog::listsEveryProblem()
{
    ImportProblemsDialog dialog(QStringLiteral("bad.csv"), problems(), 4);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("header"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("12"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("status"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("2"));
    QVERIFY(table->item(1, 3)->text().contains(QStringLiteral("1 (dead)")));
    QVERIFY(table->item(3, 2)->text().isEmpty()); // an unreadable cell shows no value
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("bad.csv")));
}

void tst_ImportProblemsDialog::savesTheList()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("problems.csv"));
    ImportProblemsDialog dialog(QStringLiteral("bad.csv"), problems(), 4);
    QVERIFY(dialog.saveTo(path));
    const QList<QByteArray> lines = Test::readFile(path).trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QByteArray("row,column,value,problem"));
    QCOMPARE(lines.at(2),
             QByteArray("12,\"status\",\"2\",\"status must be 1 (dead) or 0 (alive "
                        "at last follow-up)\""));
    QCOMPARE(lines.at(3), QByteArray("13,\"note\",\"a, \"\"quoted\"\" value\",\"too long\""));
}

void tst_ImportProblemsDialog::saysWhenNotAllAreListed()
{
    ImportProblemsDialog dialog(QStringLiteral("bad.csv"), problems(), 12500);
    const QString text = dialog.findChild<QLabel *>()->text();
    QVERIFY2(text.contains(QStringLiteral("12500")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("first 4")), qPrintable(text));
}

QTEST_MAIN(tst_ImportProblemsDialog)
#include "tst_importproblemsdialog.moc"
