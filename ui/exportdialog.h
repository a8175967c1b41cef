// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortfilter.h"
#include "reportwriter.h"
#include "tableexporter.h"

#include <QDate>
#include <QDialog>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;
QT_END_NAMESPACE

namespace CohortLens {

// Where and how to export a chart, a table or the report (SPEC §6): the file (named after
// what it shows, the filter and today's date: km-cs-only-2026-11-29.png), its format and,
// for a chart, its size in pixels or millimetres with a journal-column preset and its
// resolution; for the report, the paper; for the patient table, whether to de-identify it. The choices and the folder are remembered
// (QSettings) for the next export. Accepting asks before replacing an existing file.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Chart, Table, Report };
    enum class Preset { SingleColumn, DoubleColumn, Custom };
    enum class Unit { Pixels, Millimetres };

    // `stem` names what is exported ("km", "relief", "comparison", "patients", "report").
    ExportDialog(Kind kind,
                 const QString &stem,
                 const CohortFilter &filter,
                 QWidget *parent = nullptr);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString filePath() const;
    void setFilePath(const QString &path);
    // The format's extension: png, pdf, svg (charts), csv, html (tables), pdf (report).
    [[nodiscard]] QString format() const;
    void setFormat(const QString &suffix);

    [[nodiscard]] QSize pixelSize() const { return m_pixels; }
    void setPixelSize(const QSize &pixels);
    [[nodiscard]] int dpi() const;
    void setDpi(int dpi);
    void setPreset(Preset preset);
    [[nodiscard]] Preset preset() const;
    void setUnit(Unit unit);
    [[nodiscard]] Unit unit() const;

    [[nodiscard]] ReportWriter::Paper paper() const;
    void setPaper(ReportWriter::Paper paper);

    // The patient table only ("patients"): whether the CSV is de-identified. Offered for
    // CSV; privacy() is Identified for HTML whatever the check box says.
    [[nodiscard]] bool canDeidentify() const { return m_deidentify != nullptr; }
    [[nodiscard]] TableExporter::Privacy privacy() const;
    void setDeidentified(bool deidentified);

    // Checks the file, asks before replacing one, remembers the choices.
    void accept() override;

    // "km-cs-only-2026-11-29.png": what, the presentation filter ("all" without a filter,
    // "filtered" for another filter, the presentation key followed by "-filtered" when more
    // is set), the date.
    [[nodiscard]] static QString suggestedFileName(const QString &stem,
                                                   const CohortFilter &filter,
                                                   const QString &suffix,
                                                   const QDate &date = QDate::currentDate());
    // Asks whether to replace `path`; true when it does not exist or the user says yes.
    static bool confirmOverwrite(QWidget *parent, const QString &path);

private:
    void createWidgets();
    void readSettings();
    void writeSettings() const;
    void formatChanged();
    void presetChanged();
    void unitChanged();
    void sizeEdited();
    void dpiChanged();
    void showSize();
    void deidentifyChanged();
    void browse();
    [[nodiscard]] QString settingsGroup() const;

    Kind m_kind;
    QString m_stem;
    CohortFilter m_filter;
    QSize m_pixels;
    Unit m_shownUnit = Unit::Millimetres;
    bool m_updating = false;

    QComboBox *m_format = nullptr;
    QComboBox *m_preset = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_height = nullptr;
    QComboBox *m_unit = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_sizeNote = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_deidentify = nullptr;
    QLineEdit *m_path = nullptr;
};

} // namespace CohortLens
