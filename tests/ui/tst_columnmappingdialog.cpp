// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace CohortLens;

class tst_ColumnMappingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesFromNames();
    void choosesEventValues();
    void refusesTextAsTime();
    void roundTrips();
};

namespace {
const QStringList columns{QStringLiteral("inst"),
                          QStringLiteral("time"),
                          QStringLiteral("status"),
                          QStringLiteral("sex"),
                          QStringLiteral("note")};
QMap<QString, QStringList> values()
{
    return {{QStringLiteral("inst"), {QStringLiteral("3"), QStringLiteral("5")}},
            {QStringLiteral("time"), {QStringLiteral("306"), QStringLiteral("455")}},
            {QStringLiteral("status"), {QStringLiteral("1"), QStringLiteral("2")}},
            {QStringLiteral("sex"), {QStringLiteral("1"), QStringLiteral("2")}},
            {QStringLiteral("note"), {QStringLiteral("fine")}}};
}
QPushButton *okButton(ColumnMappingDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}
} // namespace

void tst_ColumnMappingDialog::guessesFromNames()
{
    ColumnMappingDialog dialog(QStringLiteral("lung.csv"), columns, values());
    const SurvivalRequest r = dialog.request();
    QCOMPARE(r.time, QStringLiteral("time"));
    QCOMPARE(r.event, QStringLiteral("status"));
    // A 1/2 status as R's data sets write it: 2 is the event.
    QCOMPARE(r.eventValues, QStringList{QStringLiteral("2")});
    QCOMPARE(r.group, QStringLiteral("none"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_ColumnMappingDialog::choosesEventValues()
{
    ColumnMappingDialog dialog(QStringLiteral("lung.csv"), columns, values());
    dialog.groupBox()->setCurrentText(QStringLiteral("sex"));
    QListWidget *list = dialog.eventValueList();
    QCOMPARE(list->count(), 2);
    list->item(0)->setCheckState(Qt::Checked);
    list->item(1)->setCheckState(Qt::Unchecked);
    const SurvivalRequest r = dialog.request();
    QCOMPARE(r.eventValues, QStringList{QStringLiteral("1")});
    QCOMPARE(r.group, QStringLiteral("sex"));
    list->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(!okButton(dialog)->isEnabled()); // no event value ticked
}

void tst_ColumnMappingDialog::refusesTextAsTime()
{
    ColumnMappingDialog dialog(QStringLiteral("lung.csv"), columns, values());
    dialog.timeBox()->setCurrentText(QStringLiteral("note"));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.timeBox()->setCurrentText(QStringLiteral("time"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_ColumnMappingDialog::roundTrips()
{
    ColumnMappingDialog dialog(QStringLiteral("lung.csv"), columns, values());
    SurvivalRequest r;
    r.time = QStringLiteral("time");
    r.event = QStringLiteral("status");
    r.eventValues = {QStringLiteral("1")};
    r.group = QStringLiteral("sex");
    dialog.setRequest(r);
    const SurvivalRequest back = dialog.request();
    QCOMPARE(back.time, r.time);
    QCOMPARE(back.event, r.event);
    QCOMPARE(back.eventValues, r.eventValues);
    QCOMPARE(back.group, r.group);
}

QTEST_MAIN(tst_ColumnMappingDialog)
#include "tst_columnmappingdialog.moc"
