// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "chartexporter.h"
#include "exportfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace CohortLens {

namespace {

const QString folderKey = QStringLiteral("export/folder");
const QString deidentifyKey = QStringLiteral("deidentifyPatients");
const QString deidentifiedSuffix = QStringLiteral("-deidentified");

QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

ExportDialog::ExportDialog(Kind kind,
                           const QString &stem,
                           const CohortFilter &filter,
                           QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_stem(stem)
    , m_filter(filter)
    , m_pixels(ChartExporter::defaultPixelSize())
{
    setObjectName(QStringLiteral("exportDialog"));
    switch (kind) {
    case Kind::Chart:
        setWindowTitle(tr("Export Chart"));
        break;
    case Kind::Table:
        setWindowTitle(tr("Export Table"));
        break;
    case Kind::Report:
        setWindowTitle(tr("Export Report"));
        break;
    }
    createWidgets();
    readSettings();
}

QString ExportDialog::suggestedFileName(const QString &stem,
                                        const CohortFilter &filter,
                                        const QString &suffix,
                                        const QDate &date)
{
    QString which;
    CohortFilter rest = filter;
    rest.presentation = Presentation::Any;
    if (filter.presentation != Presentation::Any)
        which = CohortFilter::presentationKey(filter.presentation);
    if (!rest.isEmpty())
        which += which.isEmpty() ? QStringLiteral("filtered") : QStringLiteral("-filtered");
    if (which.isEmpty())
        which = QStringLiteral("all");
    return QStringLiteral("%1-%2-%3.%4")
        .arg(stem, which, date.toString(QStringLiteral("yyyy-MM-dd")), suffix);
}

bool ExportDialog::confirmOverwrite(QWidget *parent, const QString &path)
{
    if (!QFileInfo::exists(path))
        return true;
    QMessageBox box(QMessageBox::Warning,
                    tr("Replace File"),
                    tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName()),
                    QMessageBox::Yes | QMessageBox::No,
                    parent);
    box.setObjectName(QStringLiteral("confirmOverwrite"));
    box.setInformativeText(tr("The file in %1 will be overwritten.")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("&Replace"));
    return box.exec() == QMessageBox::Yes;
}

void ExportDialog::createWidgets()
{
    auto *form = new QFormLayout;

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    switch (m_kind) {
    case Kind::Chart:
        m_format->addItem(tr("PNG image"), QStringLiteral("png"));
        m_format->addItem(tr("PDF (vector)"), QStringLiteral("pdf"));
        m_format->addItem(tr("SVG (vector)"), QStringLiteral("svg"));
        break;
    case Kind::Table:
        m_format->addItem(tr("CSV (spreadsheet)"), QStringLiteral("csv"));
        m_format->addItem(tr("HTML (web page, word processor)"), QStringLiteral("html"));
        break;
    case Kind::Report:
        m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
        break;
    }
    form->addRow(tr("&Format:"), m_format);
    m_format->setEnabled(m_format->count() > 1);

    if (m_kind == Kind::Chart) {
        m_preset = new QComboBox(this);
        m_preset->setObjectName(QStringLiteral("preset"));
        m_preset->addItem(tr("Journal, single column (85 mm)"), int(Preset::SingleColumn));
        m_preset->addItem(tr("Journal, double column (174 mm)"), int(Preset::DoubleColumn));
        m_preset->addItem(tr("Custom size"), int(Preset::Custom));
        form->addRow(tr("&Size:"), m_preset);

        m_width = new QDoubleSpinBox(this);
        m_width->setObjectName(QStringLiteral("width"));
        m_height = new QDoubleSpinBox(this);
        m_height->setObjectName(QStringLiteral("height"));
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("unit"));
        m_unit->addItem(tr("mm"), int(Unit::Millimetres));
        m_unit->addItem(tr("pixels"), int(Unit::Pixels));
        m_width->setAccessibleName(tr("Width"));
        m_height->setAccessibleName(tr("Height"));
        auto *size = new QHBoxLayout;
        size->addWidget(m_width, 1);
        size->addWidget(new QLabel(QStringLiteral("×"), this));
        size->addWidget(m_height, 1);
        size->addWidget(m_unit);
        form->addRow(tr("&Width × height:"), size);

        m_dpi = new QSpinBox(this);
        m_dpi->setObjectName(QStringLiteral("dpi"));
        m_dpi->setRange(ChartExporter::MinimumDpi, ChartExporter::MaximumDpi);
        m_dpi->setSuffix(tr(" dpi"));
        m_dpi->setValue(ChartExporter::DefaultDpi);
        m_dpi->setToolTip(tr("Journals ask for 300 dpi (photographs) to 600 dpi (line art) at "
                             "the printed size; PDF and SVG stay sharp at any size."));
        form->addRow(tr("&Resolution:"), m_dpi);

        m_sizeNote = new QLabel(this);
        m_sizeNote->setObjectName(QStringLiteral("sizeNote"));
        m_sizeNote->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(QString(), m_sizeNote);

        connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::presetChanged);
        connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportDialog::unitChanged);
        connect(m_width, &QDoubleSpinBox::valueChanged, this, &ExportDialog::sizeEdited);
        connect(m_height, &QDoubleSpinBox::valueChanged, this, &ExportDialog::sizeEdited);
        connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::dpiChanged);
    }

    if (m_kind == Kind::Report) {
        m_paper = new QComboBox(this);
        m_paper->setObjectName(QStringLiteral("paper"));
        m_paper->addItem(tr("A4 (210 × 297 mm)"), int(ReportWriter::Paper::A4));
        m_paper->addItem(tr("US Letter (8.5 × 11 in)"), int(ReportWriter::Paper::Letter));
        form->addRow(tr("&Paper:"), m_paper);
    }

    if (m_kind == Kind::Table && m_stem == u"patients") {
        m_deidentify
            = new QCheckBox(tr("&De-identify (IDs replaced, dates removed, ages over 89 as 90+)"),
                            this);
        m_deidentify->setObjectName(QStringLiteral("deidentify"));
        m_deidentify->setToolTip(
            tr("For sharing outside the clinic: the patient IDs become 1, 2, 3… in the order "
               "of the table, every date column is left out, and ages over 89 are written as "
               "90+. The other columns are copied as they are. CSV only."));
        form->addRow(QString(), m_deidentify);
        connect(m_deidentify, &QCheckBox::toggled, this, &ExportDialog::deidentifyChanged);
    }

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    form->addRow(tr("F&ile:"), file);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ExportDialog::settingsGroup() const
{
    switch (m_kind) {
    case Kind::Chart:
        return QStringLiteral("export/chart");
    case Kind::Table:
        return QStringLiteral("export/table");
    case Kind::Report:
        return QStringLiteral("export/report");
    }
    return {};
}

void ExportDialog::readSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    const int chosen = m_format->findData(settings.value(QStringLiteral("format")).toString());
    m_format->setCurrentIndex(std::max(chosen, 0));
    if (m_kind == Kind::Chart) {
        const QSignalBlocker blockDpi(m_dpi);
        m_dpi->setValue(settings.value(QStringLiteral("dpi"), ChartExporter::DefaultDpi).toInt());
        setUnit(Unit(settings.value(QStringLiteral("unit"), int(Unit::Millimetres)).toInt()));
        const auto preset = Preset(
            settings.value(QStringLiteral("preset"), int(Preset::SingleColumn)).toInt());
        const QSize pixels = settings.value(QStringLiteral("pixels")).toSize();
        if (preset == Preset::Custom && pixels.isValid() && !pixels.isEmpty()) {
            setPreset(Preset::Custom);
            setPixelSize(pixels);
        } else {
            setPreset(preset);
        }
    }
    if (m_kind == Kind::Report) {
        const auto paper = ReportWriter::Paper(
            settings.value(QStringLiteral("paper"), int(ReportWriter::defaultPaper())).toInt());
        setPaper(paper);
    }
    if (m_deidentify) {
        const QSignalBlocker blocker(m_deidentify);
        m_deidentify->setChecked(settings.value(deidentifyKey, false).toBool());
    }
    settings.endGroup();

    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = defaultFolder();
    const QString stem = privacy() == TableExporter::Privacy::Deidentified
                             ? m_stem + deidentifiedSuffix
                             : m_stem;
    m_path->setText(QDir(folder).filePath(suggestedFileName(stem, m_filter, format())));
    formatChanged();
    showSize();
}

void ExportDialog::writeSettings() const
{
    QSettings settings;
    settings.setValue(folderKey, QFileInfo(filePath()).absolutePath());
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("format"), format());
    if (m_kind == Kind::Chart) {
        settings.setValue(QStringLiteral("dpi"), dpi());
        settings.setValue(QStringLiteral("unit"), int(unit()));
        settings.setValue(QStringLiteral("preset"), int(preset()));
        settings.setValue(QStringLiteral("pixels"), m_pixels);
    }
    if (m_kind == Kind::Report)
        settings.setValue(QStringLiteral("paper"), int(paper()));
    if (m_deidentify)
        settings.setValue(deidentifyKey, m_deidentify->isChecked());
    settings.endGroup();
}

QString ExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormat(const QString &suffix)
{
    const int index = m_format->findData(suffix.toLower());
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ExportDialog::formatChanged()
{
    if (m_deidentify)
        m_deidentify->setEnabled(format() == u"csv");
    // The file follows the format: report.png becomes report.pdf.
    const QString path = filePath();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    const QString base = info.suffix().isEmpty()
                             ? path
                             : path.left(path.size() - info.suffix().size() - 1);
    m_path->setText(base + u'.' + format());
}

int ExportDialog::dpi() const
{
    return m_dpi ? m_dpi->value() : ChartExporter::DefaultDpi;
}

void ExportDialog::setDpi(int dpi)
{
    if (m_dpi)
        m_dpi->setValue(dpi);
}

ExportDialog::Preset ExportDialog::preset() const
{
    return m_preset ? Preset(m_preset->currentData().toInt()) : Preset::SingleColumn;
}

void ExportDialog::setPreset(Preset preset)
{
    if (m_preset)
        m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    presetChanged();
}

ExportDialog::Unit ExportDialog::unit() const
{
    return m_unit ? Unit(m_unit->currentData().toInt()) : Unit::Millimetres;
}

void ExportDialog::setUnit(Unit unit)
{
    if (m_unit)
        m_unit->setCurrentIndex(m_unit->findData(int(unit)));
    unitChanged();
}

void ExportDialog::setPixelSize(const QSize &pixels)
{
    m_pixels = pixels.boundedTo(QSize(ChartExporter::MaximumPixels, ChartExporter::MaximumPixels))
                   .expandedTo(QSize(1, 1));
    if (m_preset) {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    }
    showSize();
}

ReportWriter::Paper ExportDialog::paper() const
{
    return m_paper ? ReportWriter::Paper(m_paper->currentData().toInt())
                   : ReportWriter::defaultPaper();
}

void ExportDialog::setPaper(ReportWriter::Paper paper)
{
    if (m_paper)
        m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(paper))));
}

TableExporter::Privacy ExportDialog::privacy() const
{
    return m_deidentify && m_deidentify->isChecked() && format() == u"csv"
               ? TableExporter::Privacy::Deidentified
               : TableExporter::Privacy::Identified;
}

void ExportDialog::setDeidentified(bool deidentified)
{
    if (m_deidentify)
        m_deidentify->setChecked(deidentified);
}

void ExportDialog::deidentifyChanged()
{
    // The suggested name says what the file is: patients-all-… or patients-deidentified-all-….
    const QFileInfo info(filePath());
    const QString plain = suggestedFileName(m_stem, m_filter, format());
    const QString deidentified = suggestedFileName(m_stem + deidentifiedSuffix, m_filter, format());
    const QString name = info.fileName();
    if (name != plain && name != deidentified)
        return; // a name the user chose
    m_path->setText(QDir::toNativeSeparators(
        info.dir().filePath(m_deidentify->isChecked() ? deidentified : plain)));
}

void ExportDialog::presetChanged()
{
    switch (preset()) {
    case Preset::SingleColumn:
        m_pixels = ChartExporter::pixelSize(ChartExporter::SingleColumnMillimetres, dpi());
        break;
    case Preset::DoubleColumn:
        m_pixels = ChartExporter::pixelSize(ChartExporter::DoubleColumnMillimetres, dpi());
        break;
    case Preset::Custom:
        break;
    }
    showSize();
}

void ExportDialog::unitChanged()
{
    m_shownUnit = unit();
    showSize();
}

void ExportDialog::dpiChanged()
{
    // A physical size stays when the resolution changes; a pixel size stays in pixels.
    if (preset() != Preset::Custom) {
        presetChanged();
        return;
    }
    if (unit() == Unit::Millimetres)
        m_pixels = ChartExporter::pixelSize(QSizeF(m_width->value(), m_height->value()), dpi());
    showSize();
}

void ExportDialog::sizeEdited()
{
    if (m_updating || !m_width)
        return;
    m_pixels = unit() == Unit::Pixels
                   ? QSize(qRound(m_width->value()), qRound(m_height->value()))
                   : ChartExporter::pixelSize(QSizeF(m_width->value(), m_height->value()), dpi());
    if (m_preset) {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    }
    showSize();
}

void ExportDialog::showSize()
{
    if (!m_width)
        return;
    const QScopedValueRollback guard(m_updating, true);
    const QSizeF mm = ChartExporter::millimetres(m_pixels, dpi());
    const QLocale locale;
    if (unit() == Unit::Pixels) {
        for (QDoubleSpinBox *box : {m_width, m_height}) {
            box->setDecimals(0);
            box->setRange(1, ChartExporter::MaximumPixels);
            box->setSingleStep(10);
        }
        m_width->setValue(m_pixels.width());
        m_height->setValue(m_pixels.height());
    } else {
        for (QDoubleSpinBox *box : {m_width, m_height}) {
            box->setDecimals(1);
            box->setRange(5, 2000);
            box->setSingleStep(1);
        }
        m_width->setValue(mm.width());
        m_height->setValue(mm.height());
    }
    m_sizeNote->setText(tr("%1 × %2 pixels, %3 × %4 mm at %5 dpi")
                            .arg(locale.toString(m_pixels.width()),
                                 locale.toString(m_pixels.height()),
                                 locale.toString(mm.width(), 'f', 1),
                                 locale.toString(mm.height(), 'f', 1),
                                 locale.toString(dpi())));
}

void ExportDialog::browse()
{
    const QString suffix = format();
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    QString path = QFileDialog::getSaveFileName(this,
                                                windowTitle(),
                                                filePath(),
                                                filter,
                                                nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    m_path->setText(path);
}

void ExportDialog::accept()
{
    QString path = filePath();
    if (path.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Give the file a name."));
        return;
    }
    path = QDir::cleanPath(QDir::fromNativeSeparators(path));
    if (QFileInfo(path).suffix().toLower() != format()) {
        // "figure" or "figure.png" while PDF is chosen: the format decides.
        if (QFileInfo(path).suffix().isEmpty())
            path += u'.' + format();
        else
            path = path.left(path.size() - QFileInfo(path).suffix().size()) + format();
    }
    m_path->setText(QDir::toNativeSeparators(path));
    if (m_kind == Kind::Chart) {
        const QString problem = ChartExporter::sizeProblem(m_pixels, dpi());
        if (!problem.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Cannot export: %1.").arg(problem));
            return;
        }
    }
    const QString problem = ExportFile::folderProblem(path);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this,
                             windowTitle(),
                             tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), problem));
        return;
    }
    if (!confirmOverwrite(this, path))
        return;
    writeSettings();
    QDialog::accept();
}

} // namespace CohortLens
