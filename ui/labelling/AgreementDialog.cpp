#include "AgreementDialog.h"

#include "core/metrics/Bootstrap.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace memescope {
namespace {

enum Column {
    PairColumn,
    SharedColumn,
    KappaColumn,
    IntervalColumn,
    DisagreementsColumn,
    ShowColumn,
    PerLabel
};

QTableWidgetItem* cell(const QString& text) {
    return new QTableWidgetItem(text);
}

QString number(double v) {
    return QString::number(v, 'f', 3);
}

} // namespace

AgreementDialog::AgreementDialog(const AgreementReport& r, const LabelSchema& schema, QWidget* parent)
    : QDialog(parent)
    , report_(r)
    , schema_(schema) {
    setWindowTitle(tr("Annotator Agreement"));
    auto* l = new QVBoxLayout(this);
    head_ = new QLabel(this);
    head_->setObjectName("AgreementSummary");
    head_->setWordWrap(true);
    l->addWidget(head_);
    raters_ = new QWidget(this);
    raters_->setObjectName("AgreementRaters");
    raters_->hide(); // until setRaters
    l->addWidget(raters_);
    table_ = new QTableWidget(this);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    l->addWidget(table_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    l->addWidget(buttons);
    fill();
    resize(960, 360);
}

void AgreementDialog::setRaters(const QStringList& all, const QStringList& chosen,
                                const QStringList& fromFiles) {
    fromFiles_ = fromFiles;
    delete raters_->layout();
    qDeleteAll(raters_->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    auto* row = new QHBoxLayout(raters_);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Raters:"), raters_));
    for (const QString& name : all) {
        auto* box = new QCheckBox(
            fromFiles.contains(name) ? tr("%1 (the dataset file's labels)").arg(name) : name, raters_);
        box->setProperty("rater", name);
        box->setChecked(chosen.contains(name));
        if (fromFiles.contains(name))
            box->setToolTip(tr("Labels imported from a dataset file: one more rater only if you want the "
                               "file compared with the people"));
        connect(box, &QCheckBox::toggled, this, [this] { Q_EMIT ratersChosen(chosenRaters()); });
        row->addWidget(box);
    }
    row->addStretch(1);
    raters_->show();
}

QStringList AgreementDialog::chosenRaters() const {
    QStringList out;
    for (const QCheckBox* box : raters_->findChildren<QCheckBox*>())
        if (box->isChecked()) out << box->property("rater").toString();
    return out;
}

void AgreementDialog::setReport(const AgreementReport& report) {
    report_ = report;
    failed_.clear();
    fill();
}

void AgreementDialog::setIntervalsFailed(const QString& message) {
    failed_ = message;
    fill();
}

QString AgreementDialog::intervalText(const std::optional<IntervalFigure>& interval, int memes) const {
    // Below 20 memes a bootstrap interval says more about the resampling than about the annotators.
    if (memes < metrics::kMinBootstrapItems) return tr("not shown: fewer than 20 memes");
    if (!interval) return failed_.isEmpty() ? tr("computing…") : tr("not shown: %1").arg(failed_);
    if (!interval->shown) return tr("not shown: %1").arg(interval->reason);
    // Two decimals, as withInterval() bounds a three-decimal figure everywhere else.
    return QStringLiteral("%1–%2").arg(interval->low, 0, 'f', 2).arg(interval->high, 0, 'f', 2);
}

void AgreementDialog::fill() {
    const AgreementReport& r = report_;
    QString head = tr("%n annotator(s): %1.", "", int(r.annotators.size())).arg(r.annotators.join(", "));
    if (r.annotators.size() < 2)
        head +=
            " " + (fromFiles_.isEmpty()
                       ? tr("Agreement needs at least two annotators (set yours with Label ▸ Set Annotator).")
                       : tr("Agreement needs at least two raters: tick another below, or the dataset "
                            "file's labels to compare the people with them."));
    else
        head +=
            " " +
            tr("Fleiss' kappa over the %1 memes everyone labelled: <b>%2</b>.")
                .arg(r.sharedByAll)
                .arg(r.fleiss, 0, 'f', 3) +
            " " +
            tr("Krippendorff's α over the %1 memes two or more annotators labelled: <b>%2</b>")
                .arg(r.pairable)
                .arg(r.alpha, 0, 'f', 3) +
            " " + tr("(95 % interval: %1).").arg(intervalText(r.alphaInterval, r.pairable)) + "<br>" +
            (r.resamples > 0 ? tr("Intervals: percentile bootstrap over the memes (%1 resamples, seed %2); "
                                  "multi-label figures are means over the labels.")
                                   .arg(r.resamples)
                                   .arg(r.seed)
                             : tr("Intervals: percentile bootstrap over the memes."));
    head_->setText(head);

    const bool multi = schema_.isMultiLabel();
    QStringList headers = {
        tr("Annotators"),    tr("Shared memes"),  multi ? tr("Mean Cohen's κ") : tr("Cohen's κ"),
        tr("95 % interval"), tr("Disagreements"), QString()};
    if (multi)
        for (const QString& n : schema_.names())
            headers << tr("κ %1").arg(n);
    const bool perLabelRows = multi && (!r.fleissPerLabel.isEmpty() || !r.alphaPerLabel.isEmpty());
    table_->clearContents();
    table_->setRowCount(int(r.pairs.size()) + (perLabelRows ? 2 : 0));
    table_->setColumnCount(int(headers.size()));
    table_->setHorizontalHeaderLabels(headers);
    table_->horizontalHeaderItem(IntervalColumn)
        ->setToolTip(
            tr("95 % percentile-bootstrap interval of kappa (alpha in the Krippendorff row), resampling "
               "the memes"));
    for (int i = 0; i < r.pairs.size(); ++i) {
        const PairAgreement& p = r.pairs[i];
        table_->setItem(i, PairColumn, cell(p.a + " × " + p.b));
        table_->setItem(i, SharedColumn, cell(QString::number(p.shared)));
        table_->setItem(i, KappaColumn, cell(number(p.kappa)));
        table_->setItem(i, IntervalColumn, cell(intervalText(p.kappaInterval, p.shared)));
        table_->setItem(i, DisagreementsColumn, cell(QString::number(p.disagreements.size())));
        auto* show = new QPushButton(tr("Show"), table_);
        show->setEnabled(!p.disagreements.isEmpty());
        connect(show, &QPushButton::clicked, this, [this, p] {
            Q_EMIT showDisagreements(p.disagreements, tr("%1 × %2 disagree").arg(p.a, p.b));
        });
        table_->setCellWidget(i, ShowColumn, show);
        for (int k = 0; k < p.perLabel.size(); ++k)
            table_->setItem(i, PerLabel + k, cell(number(p.perLabel[k])));
    }
    if (perLabelRows) {
        int row = int(r.pairs.size());
        table_->setItem(row, PairColumn, cell(tr("Fleiss' κ (all)")));
        table_->setItem(row, SharedColumn, cell(QString::number(r.sharedByAll)));
        table_->setItem(row, KappaColumn, cell(number(r.fleiss)));
        for (int k = 0; k < r.fleissPerLabel.size(); ++k)
            table_->setItem(row, PerLabel + k, cell(number(r.fleissPerLabel[k])));
        ++row;
        table_->setItem(row, PairColumn, cell(tr("Krippendorff's α (all)")));
        table_->setItem(row, SharedColumn, cell(QString::number(r.pairable)));
        table_->setItem(row, KappaColumn, cell(number(r.alpha)));
        table_->setItem(row, IntervalColumn, cell(intervalText(r.alphaInterval, r.pairable)));
        for (int k = 0; k < r.alphaPerLabel.size(); ++k)
            table_->setItem(row, PerLabel + k, cell(number(r.alphaPerLabel[k])));
    }
    table_->resizeColumnsToContents();
}

} // namespace memescope
