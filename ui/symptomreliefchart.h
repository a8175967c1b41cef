// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisonanalysis.h"

#include <QChartView>
#include <QList>
#include <QMargins>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QGraphicsItem;
class QPainter;
class QValueAxis;
QT_END_NAMESPACE

namespace CohortLens {

// The symptom-relief chart (SPEC §6): per group, the percentage of patients whose
// carcinoid syndrome improved and whose obstruction was relieved, as grouped bars with
// Wilson 95% confidence whiskers, "24/28" above each bar and the test and p-value of each
// row under its category. It shows a finished ComparisonResult; it computes nothing.
class SymptomReliefChart final : public QChartView
{
    Q_OBJECT

public:
    // A drawn whisker, for tests and exports: the interval in percent and where it stands.
    struct Whisker
    {
        int group = 0;
        int category = 0;
        double lower = 0; // percent
        double upper = 0;
        double centreX = 0;    // scene x of the whisker's vertical line
        double barCentreX = 0; // scene x of the centre of its bar as Qt Charts drew it
        double top = 0;        // scene y of the upper and lower caps
        double bottom = 0;
    };

    explicit SymptomReliefChart(QWidget *parent = nullptr);
    ~SymptomReliefChart() override;

    void setResult(const ComparisonResult &result);
    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    // The title set, else the default "Symptom relief after treatment" in the language of
    // the moment.
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString subtitle() const { return m_subtitle; }

    // Group names in bar-set order; category names ("Carcinoid syndrome improved",
    // "Obstruction relieved").
    [[nodiscard]] QStringList groupNames() const;
    [[nodiscard]] QStringList categoryNames() const;
    // Per group, per category: the bar's height in percent; empty where the group has no
    // patient for that category.
    [[nodiscard]] QList<QList<std::optional<double>>> barValues() const;
    // Per group, per category: "24/28"; empty where the group has no patient.
    [[nodiscard]] QList<QStringList> barLabels() const;
    // Per category: "Pearson χ² p = 0.064", "no test: all relieved", ...
    [[nodiscard]] QStringList testLabels() const;
    // Per category: whether any group has patients for it (else "no patients" is shown).
    [[nodiscard]] QList<bool> categoryHasPatients() const;
    // The whiskers as drawn now (at the view's current size).
    [[nodiscard]] QList<Whisker> whiskers() const;

    // The whole figure (title, subtitle, legend, axes, bars, whiskers, labels) into
    // `target` of the painter's device, laid out for that size: a large target gets the
    // same figure at a higher resolution, not smaller text. `scale` > 0 is the number of
    // target units per layout pixel instead (an export at a physical size: 300 / 96 at
    // 300 dpi keeps the fonts' physical size); a target too small for that is laid out at
    // least MinimumLayoutSize and scaled down.
    void renderFigure(QPainter *painter, const QRectF &target, qreal scale = 0) const;
    static void renderFigure(QPainter *painter,
                             const QRectF &target,
                             const ComparisonResult &result,
                             const QString &title,
                             const QString &subtitle,
                             qreal scale = 0);

    // The size at which a figure for `target` is laid out before it is scaled to fit.
    [[nodiscard]] static QSizeF layoutSize(const QSizeF &target, qreal scale = 0);
    static constexpr QSizeF MinimumLayoutSize{400, 300};

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Cell
    {
        qint64 count = 0;
        qint64 n = 0;
        std::optional<double> percent;
        std::optional<double> lower;
        std::optional<double> upper;
    };
    struct Category
    {
        QString variable;
        QString name;
        QList<Cell> cells; // per group
        QString testLabel;
        bool hasPatients = false;
    };

    void rebuild();
    void updateTitle();
    void updateOverlay();
    void renderInto(QPainter *painter, const QRectF &target, qreal scale);
    [[nodiscard]] QPointF barTop(int group, int category, double percent) const;
    [[nodiscard]] QList<QList<double>> drawnBarCentres() const;

    ComparisonResult m_result;
    QString m_title;
    QString m_subtitle;
    QStringList m_groups;
    QList<Category> m_categories;

    QBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QMargins m_baseMargins;
    // Whiskers and labels live under one item, replaced with each result.
    std::unique_ptr<QGraphicsItem> m_overlay;
    QList<Whisker> m_whiskers;
};

} // namespace CohortLens
