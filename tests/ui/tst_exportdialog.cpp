// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The export dialog: default file names, journal-column sizes and units, what it
// remembers, and that it never replaces a file without asking.

#include "chartexporter.h"
#include "exportdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace CohortLens;

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void suggestedFileName_data();
    void suggestedFileName();
    void defaultPathIsTodaysInTheLastFolder();
    void journalColumnsAndUnits();
    void formatDecidesTheExtension();
    void remembersTheChoices();
    void asksBeforeReplacingAFile_data();
    void asksBeforeReplacingAFile();
    void refusesAnImpossibleFolder();
    void reportPaper();
    void deidentifyPatientTable();

private:
    // Answers the next message box from the event loop; records its text.
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text);

    QTemporaryDir m_dir;
};

void tst_ExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("CohortLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    QLocale::setDefault(QLocale::c());
}

void tst_ExportDialog::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("export/folder"), m_dir.path());
}

void tst_ExportDialog::answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, button, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            if (text)
                *text = box->text();
            box->button(button)->click();
        } else if (++*tries > 250) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

void tst_ExportDialog::suggestedFileName_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<int>("presentation");
    QTest::addColumn<QStringList>("arms");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no filter") << QStringLiteral("km") << int(Presentation::Any) << QStringList()
                               << QStringLiteral("png") << QStringLiteral("km-all-2026-11-29.png");
    QTest::newRow("CS only") << QStringLiteral("km") << int(Presentation::CarcinoidSyndromeOnly)
                             << QStringList() << QStringLiteral("pdf")
                             << QStringLiteral("km-cs-only-2026-11-29.pdf");
    QTest::newRow("an arm") << QStringLiteral("relief") << int(Presentation::Any)
                            << QStringList{QStringLiteral("medical")} << QStringLiteral("svg")
                            << QStringLiteral("relief-filtered-2026-11-29.svg");
    QTest::newRow("obstruction and an arm")
        << QStringLiteral("comparison") << int(Presentation::Obstruction)
        << QStringList{QStringLiteral("medical")} << QStringLiteral("csv")
        << QStringLiteral("comparison-obstruction-filtered-2026-11-29.csv");
}

void tst_ExportDialog::suggestedFileName()
{
    QFETCH(QString, stem);
    QFETCH(int, presentation);
    QFETCH(QStringList, arms);
    QFETCH(QString, suffix);
    QFETCH(QString, expected);
    CohortFilter filter;
    filter.presentation = Presentation(presentation);
    filter.arms = arms;
    QCOMPARE(ExportDialog::suggestedFileName(stem, filter, suffix, QDate(2026, 11, 29)), expected);
}

void tst_ExportDialog::defaultPathIsTodaysInTheLastFolder()
{
    CohortFilter filter;
    filter.presentation = Presentation::CarcinoidSyndromeOnly;
    ExportDialog dialog(ExportDialog::Kind::Chart, QStringLiteral("km"), filter);
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(QFileInfo(dialog.filePath()).fileName(),
             QStringLiteral("km-cs-only-%1.png").arg(today));
    QCOMPARE(QFileInfo(dialog.filePath()).absolutePath(),
             QFileInfo(m_dir.path()).absoluteFilePath());
    QCOMPARE(dialog.format(), QStringLiteral("png"));
    QCOMPARE(dialog.dpi(), 300);
    QCOMPARE(dialog.pixelSize(), ChartExporter::defaultPixelSize());
}

void tst_ExportDialog::journalColumnsAndUnits()
{
    ExportDialog dialog(ExportDialog::Kind::Chart, QStringLiteral("km"), {});
    auto *width = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("width"));
    auto *height = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("height"));
    auto *dpi = dialog.findChild<QSpinBox *>(QStringLiteral("dpi"));
    QVERIFY(width && height && dpi);

    // Millimetres by default: a single column is 85 mm wide.
    QCOMPARE(dialog.unit(), ExportDialog::Unit::Millimetres);
    QCOMPARE(width->value(), 85.0);
    QCOMPARE(dialog.pixelSize(), QSize(1004, 1063));
    dialog.setPreset(ExportDialog::Preset::DoubleColumn);
    QCOMPARE(width->value(), 174.0);
    QCOMPARE(dialog.pixelSize(), ChartExporter::pixelSize({174, 120}, 300));
    // More dots per inch: the same physical size, more pixels.
    dpi->setValue(600);
    QCOMPARE(dialog.pixelSize(), ChartExporter::pixelSize({174, 120}, 600));
    QCOMPARE(width->value(), 174.0);

    // Pixels: typing a width makes the size custom, and the millimetres follow.
    dialog.setUnit(ExportDialog::Unit::Pixels);
    QCOMPARE(width->value(), double(ChartExporter::pixelSize({174, 120}, 600).width()));
    width->setValue(1200);
    height->setValue(900);
    QCOMPARE(dialog.preset(), ExportDialog::Preset::Custom);
    QCOMPARE(dialog.pixelSize(), QSize(1200, 900));
    // A pixel size stays in pixels when the resolution changes.
    dpi->setValue(300);
    QCOMPARE(dialog.pixelSize(), QSize(1200, 900));
    dialog.setUnit(ExportDialog::Unit::Millimetres);
    QCOMPARE(width->value(), 101.6); // 1200 px at 300 dpi = 4 in
}

void tst_ExportDialog::formatDecidesTheExtension()
{
    ExportDialog dialog(ExportDialog::Kind::Chart, QStringLiteral("relief"), {});
    dialog.setFormat(QStringLiteral("svg"));
    QVERIFY(dialog.filePath().endsWith(QStringLiteral(".svg")));
    // A name typed with another extension gets the chosen format's on export.
    dialog.setFilePath(m_dir.filePath(QStringLiteral("figure.png")));
    dialog.setFormat(QStringLiteral("pdf"));
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("figure.pdf")));
    dialog.setFilePath(m_dir.filePath(QStringLiteral("figure")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("figure.pdf")));

    ExportDialog table(ExportDialog::Kind::Table, QStringLiteral("patients"), {});
    QCOMPARE(table.format(), QStringLiteral("csv"));
    table.setFormat(QStringLiteral("html"));
    QVERIFY(table.filePath().endsWith(QStringLiteral(".html")));
    QVERIFY(!table.findChild<QSpinBox *>(QStringLiteral("dpi")));
}

void tst_ExportDialog::remembersTheChoices()
{
    QTemporaryDir other;
    QVERIFY(other.isValid());
    {
        ExportDialog dialog(ExportDialog::Kind::Chart, QStringLiteral("km"), {});
        dialog.setFormat(QStringLiteral("pdf"));
        dialog.setPreset(ExportDialog::Preset::DoubleColumn);
        dialog.setDpi(600);
        dialog.setFilePath(QDir(other.path()).filePath(QStringLiteral("figure-1.pdf")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ExportDialog again(ExportDialog::Kind::Chart, QStringLiteral("relief"), {});
    QCOMPARE(again.format(), QStringLiteral("pdf"));
    QCOMPARE(again.dpi(), 600);
    QCOMPARE(again.preset(), ExportDialog::Preset::DoubleColumn);
    QCOMPARE(again.pixelSize(), ChartExporter::pixelSize({174, 120}, 600));
    QCOMPARE(QFileInfo(again.filePath()).absolutePath(), QFileInfo(other.path()).absoluteFilePath());
    QVERIFY(QFileInfo(again.filePath()).fileName().startsWith(QStringLiteral("relief-all-")));

    // A custom pixel size is remembered as such.
    {
        ExportDialog dialog(ExportDialog::Kind::Chart, QStringLiteral("km"), {});
        dialog.setPixelSize(QSize(1600, 1000));
        dialog.setFilePath(QDir(other.path()).filePath(QStringLiteral("figure-2.pdf")));
        dialog.accept();
    }
    ExportDialog custom(ExportDialog::Kind::Chart, QStringLiteral("km"), {});
    QCOMPARE(custom.preset(), ExportDialog::Preset::Custom);
    QCOMPARE(custom.pixelSize(), QSize(1600, 1000));
}

void tst_ExportDialog::asksBeforeReplacingAFile_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("no: stays open") << int(QMessageBox::No) << false;
    QTest::newRow("yes: replaces") << int(QMessageBox::Yes) << true;
}

void tst_ExportDialog::asksBeforeReplacingAFile()
{
    QFETCH(int, answer);
    QFETCH(bool, accepted);
    const QString path = m_dir.filePath(QStringLiteral("existing.png"));
    QVERIFY(Test::writeFile(path, "keep me"));
    ExportDialog dialog(ExportDialog::Kind::Chart, QStringLiteral("km"), {});
    dialog.setFilePath(path);
    QString asked;
    answerNextMessageBox(QMessageBox::StandardButton(answer), &asked);
    dialog.accept();
    QVERIFY2(asked.contains(QStringLiteral("existing.png already exists")), qPrintable(asked));
    QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
    QCOMPARE(Test::readFile(path), QByteArray("keep me")); // the dialog itself writes nothing

    // A file that does not exist is not asked about.
    ExportDialog fresh(ExportDialog::Kind::Chart, QStringLiteral("km"), {});
    fresh.setFilePath(m_dir.filePath(QStringLiteral("new.png")));
    fresh.accept();
    QCOMPARE(fresh.result(), int(QDialog::Accepted));
}

void tst_ExportDialog::refusesAnImpossibleFolder()
{
    const QString file = m_dir.filePath(QStringLiteral("plain"));
    QVERIFY(Test::writeFile(file, "x"));
    ExportDialog dialog(ExportDialog::Kind::Table, QStringLiteral("comparison"), {});
    dialog.setFilePath(file + QStringLiteral("/table.csv"));
    QString said;
    answerNextMessageBox(QMessageBox::Ok, &said);
    dialog.accept();
    QVERIFY2(said.contains(QStringLiteral("is a file, not a folder")), qPrintable(said));
    QVERIFY(dialog.result() != QDialog::Accepted);
}

void tst_ExportDialog::reportPaper()
{
    ExportDialog dialog(ExportDialog::Kind::Report, QStringLiteral("report"), {});
    QCOMPARE(dialog.format(), QStringLiteral("pdf"));
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("paper")));
    QCOMPARE(dialog.paper(), ReportWriter::defaultPaper());
    dialog.setPaper(ReportWriter::Paper::Letter);
    dialog.setFilePath(m_dir.filePath(QStringLiteral("report.pdf")));
    dialog.accept();
    ExportDialog again(ExportDialog::Kind::Report, QStringLiteral("report"), {});
    QCOMPARE(again.paper(), ReportWriter::Paper::Letter);
}

void tst_ExportDialog::deidentifyPatientTable()
{
    // Offered for the patient table only.
    ExportDialog comparison(ExportDialog::Kind::Table, QStringLiteral("comparison"), {});
    QVERIFY(!comparison.canDeidentify());
    QVERIFY(!comparison.findChild<QCheckBox *>(QStringLiteral("deidentify")));
    QCOMPARE(comparison.privacy(), TableExporter::Privacy::Identified);

    const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    {
        ExportDialog dialog(ExportDialog::Kind::Table, QStringLiteral("patients"), {});
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("deidentify"));
        QVERIFY(box);
        QCOMPARE(box->text(),
                 QStringLiteral("&De-identify (IDs replaced, dates removed, ages over 89 as 90+)"));
        QVERIFY(!box->isChecked()); // the first time: the table as it is
        QCOMPARE(dialog.privacy(), TableExporter::Privacy::Identified);
        QCOMPARE(QFileInfo(dialog.filePath()).fileName(),
                 QStringLiteral("patients-all-%1.csv").arg(today));

        box->setChecked(true);
        QCOMPARE(dialog.privacy(), TableExporter::Privacy::Deidentified);
        // The suggested name says so.
        QCOMPARE(QFileInfo(dialog.filePath()).fileName(),
                 QStringLiteral("patients-deidentified-all-%1.csv").arg(today));

        // HTML shows the table as the window does: not de-identified, so not offered.
        dialog.setFormat(QStringLiteral("html"));
        QVERIFY(!box->isEnabled());
        QCOMPARE(dialog.privacy(), TableExporter::Privacy::Identified);
        dialog.setFormat(QStringLiteral("csv"));
        QVERIFY(box->isEnabled());
        QCOMPARE(dialog.privacy(), TableExporter::Privacy::Deidentified);

        // A name the user typed is left alone.
        dialog.setFilePath(m_dir.filePath(QStringLiteral("for-the-trial-office.csv")));
        box->setChecked(false);
        QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("for-the-trial-office.csv")));
        box->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // The choice is remembered for the next export of the patients.
    ExportDialog again(ExportDialog::Kind::Table, QStringLiteral("patients"), {});
    QCOMPARE(again.privacy(), TableExporter::Privacy::Deidentified);
    QCOMPARE(QFileInfo(again.filePath()).fileName(),
             QStringLiteral("patients-deidentified-all-%1.csv").arg(today));
    again.setDeidentified(false);
    QCOMPARE(again.privacy(), TableExporter::Privacy::Identified);
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
