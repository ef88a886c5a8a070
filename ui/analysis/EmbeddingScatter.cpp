#include "EmbeddingScatter.h"

#include "core/analysis/EmbeddingProjection.h"
#include "core/store/RunStore.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/common/CustomPlot.h"
#include "ui/session/JobRunner.h"
#include "ui/session/ProjectSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>
#include <numeric>

namespace memescope {

namespace {
const QString kProjectionJob = QStringLiteral("embedding-projection");
}

EmbeddingScatter::EmbeddingScatter(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , session_(session)
    , model_(session->samples()) {
    setObjectName("EmbeddingScatter");
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    kind_ = new QComboBox(this);
    kind_->addItem(tr("Fused embedding"), "embedding_fused");
    kind_->addItem(tr("Text embedding"), "embedding_text");
    kind_->addItem(tr("Image embedding"), "embedding_image");
    method_ = new QComboBox(this);
    method_->addItems({tr("PCA"), tr("t-SNE")});
    colour_ = new QComboBox(this);
    colour_->addItems({tr("Colour by true label"), tr("Colour by correctness")});
    top->addWidget(kind_);
    top->addWidget(method_);
    top->addWidget(colour_);
    lassoTool_ = new QToolButton(this);
    lassoTool_->setObjectName("LassoTool");
    lassoTool_->setText(tr("Lasso"));
    lassoTool_->setCheckable(true);
    lassoTool_->setToolTip(tr("Draw around points to show those memes in the gallery"));
    top->addWidget(lassoTool_);
    for (QComboBox* c : {kind_, method_, colour_}) { // narrow windows: the combos give way, the hint wraps
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(c == method_ ? 5 : 14);
    }
    auto* hint = new QLabel(tr("click a point to inspect the meme; wheel zooms, drag pans"), this);
    hint->setWordWrap(true);
    top->addWidget(hint, 1);
    l->addLayout(top);
    plot_ = new QCustomPlot(this);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->legend->setVisible(true);
    // The legend beside the plot, not over the points.
    auto* side = new QCPLayoutGrid;
    plot_->plotLayout()->addElement(0, 1, side);
    plot_->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, plot_->legend); // at the top, entries together
    side->addElement(1, 0, new QCPLayoutElement(plot_));
    side->setRowStretchFactor(0, 0.001);
    plot_->setMinimumHeight(160);
    plot_->installEventFilter(this);
    l->addWidget(plot_, 1);
    message_ = new QLabel(plot_);
    message_->setObjectName("EmbeddingMessage");
    message_->setAlignment(Qt::AlignCenter);
    message_->setWordWrap(true);
    message_->setMargin(24);
    (new QVBoxLayout(plot_))->addWidget(message_);
    connect(lassoTool_, &QToolButton::toggled, this, [this](bool on) {
        lasso_.clear(); // a drag cut short by the toggle is forgotten
        drawLasso();
        plot_->setInteractions(on ? QCP::Interactions(QCP::iRangeZoom) : QCP::iRangeDrag | QCP::iRangeZoom);
        plot_->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    });
    connect(kind_, &QComboBox::currentIndexChanged, this, &EmbeddingScatter::rebuild);
    connect(method_, &QComboBox::currentIndexChanged, this, &EmbeddingScatter::rebuild);
    connect(colour_, &QComboBox::currentIndexChanged, this, &EmbeddingScatter::draw);
    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        if (lassoTool_->isChecked()) return;
        // The nearest point within 10 px.
        double best = 100;
        int hit = -1;
        for (int i = 0; i < points_.size(); ++i) {
            const double dx = plot_->xAxis->coordToPixel(points_[i].x()) - e->position().x();
            const double dy = plot_->yAxis->coordToPixel(points_[i].y()) - e->position().y();
            if (dx * dx + dy * dy < best) best = dx * dx + dy * dy, hit = i;
        }
        if (hit >= 0) Q_EMIT selectRow(rows_[hit]);
    });
    connect(session_, &ProjectSession::runSelected, this, &EmbeddingScatter::rebuild);
}

void EmbeddingScatter::rebuild() {
    session_->jobs()->discard(kProjectionJob); // a projection of the previous run or kind is superseded
    busy_ = false;
    storedNone_ = false;
    rows_.clear();
    points_.clear();
    if (!session_->isOpen() || session_->runId() == 0) {
        draw();
        return;
    }
    const QHash<int64_t, RunBlob> blobs =
        RunStore(*session_->store()).blobs(session_->runId(), kind_->currentData().toString());
    storedNone_ = blobs.isEmpty();
    QVector<qint64> ids;
    for (auto it = blobs.begin(); it != blobs.end(); ++it)
        if (const int row = model_->rowOf(it.key());
            row >= 0 && (split_.isEmpty() || model_->sampleAt(row).split == split_))
            ids << it.key();
    std::sort(ids.begin(), ids.end()); // a stable order (the hash's is not)
    const bool tsne = method_->currentIndex() == 1;
    // t-SNE is quadratic: beyond 2,000 memes every k-th one is shown.
    const int step = tsne ? std::max(1, int((ids.size() + 1999) / 2000)) : 1;
    QVector<qint64> rows;
    QVector<QVector<float>> vectors;
    for (int i = 0; i < ids.size(); i += step) {
        rows << ids[i];
        vectors << blobs[ids[i]].data;
    }
    if (!tsne) {
        rows_ = rows;
        points_ = pcaProject(vectors);
        draw();
        return;
    }
    busy_ = true;
    draw(); // cleared while it computes
    JobSpec spec;
    spec.key = kProjectionJob;
    spec.ifRunning = JobSpec::IfRunning::Replace;
    session_->jobs()
        ->run<QVector<QPointF>>(spec, [vectors](JobScope&) { return tsneProject(vectors); })
        .then(this,
              [this, rows](const QVector<QPointF>& points) {
                  busy_ = false;
                  rows_ = rows;
                  points_ = points;
                  draw();
              })
        .onFailed(this, [this](const Error&) {
            busy_ = false;
            draw();
        });
}

QString EmbeddingScatter::message() const {
    if (!rows_.isEmpty()) return {};
    if (busy_) return tr("Projecting the embeddings (t-SNE)…");
    if (!session_->isOpen() || session_->runId() == 0)
        return tr("Select a run (toolbar) to see its embeddings.");
    if (storedNone_)
        return tr("This run stored no %1. A TF-IDF baseline learns no embedding to project; neural runs "
                  "store "
                  "them for every meme.")
            .arg(kind_->currentText().toLower());
    return tr("None of this run's embeddings belong to memes still in the project.");
}

QVector<qint64> EmbeddingScatter::rowsInside(const QPolygonF& polygon) const {
    QVector<qint64> out;
    for (int i = 0; i < points_.size(); ++i) {
        const QPointF px(plot_->xAxis->coordToPixel(points_[i].x()),
                         plot_->yAxis->coordToPixel(points_[i].y()));
        if (polygon.containsPoint(px, Qt::OddEvenFill)) out << rows_[i];
    }
    return out;
}

bool EmbeddingScatter::eventFilter(QObject* watched, QEvent* event) {
    if (watched != plot_ || !lassoTool_->isChecked()) return QWidget::eventFilter(watched, event);
    auto* e = static_cast<QMouseEvent*>(event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (e->button() != Qt::LeftButton) break;
        lasso_ = QPolygonF{e->position()};
        drawLasso();
        return true;
    case QEvent::MouseMove:
        if (lasso_.isEmpty()) break;
        lasso_ << e->position();
        drawLasso();
        return true;
    case QEvent::MouseButtonRelease: {
        if (lasso_.isEmpty()) break;
        const QPolygonF polygon = lasso_;
        lasso_.clear();
        drawLasso();
        const QVector<qint64> rows = rowsInside(polygon);
        if (!rows.isEmpty()) Q_EMIT showRows(rows, tr("lasso in the embedding view"));
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void EmbeddingScatter::drawLasso() {
    if (!lassoCurve_) {
        lassoCurve_ = new QCPCurve(plot_->xAxis, plot_->yAxis);
        lassoCurve_->setPen(QPen(QColor(40, 120, 220), 1.5, Qt::DashLine));
        lassoCurve_->setBrush(QColor(40, 120, 220, 30));
        lassoCurve_->removeFromLegend();
    }
    QVector<double> xs, ys;
    for (const QPointF& p : lasso_) {
        xs << plot_->xAxis->pixelToCoord(p.x());
        ys << plot_->yAxis->pixelToCoord(p.y());
    }
    if (!lasso_.isEmpty()) { // closed
        xs << xs.first();
        ys << ys.first();
    }
    lassoCurve_->setData(xs, ys);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void EmbeddingScatter::draw() {
    plot_->clearGraphs();
    message_->setText(message());
    message_->setVisible(rows_.isEmpty());
    plot_->xAxis->setVisible(!rows_.isEmpty());
    plot_->yAxis->setVisible(!rows_.isEmpty());
    plot_->legend->setVisible(!rows_.isEmpty());
    if (rows_.isEmpty()) {
        plot_->replot();
        if (!busy_) Q_EMIT projected();
        return;
    }
    const LabelSchema& schema = model_->schema();
    const bool byCorrectness = colour_->currentIndex() == 1;
    const int groups = byCorrectness ? 3 : schema.size() + 1;
    QVector<QCPGraph*> graphs;
    for (int g = 0; g < groups; ++g) {
        QCPGraph* graph = plot_->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        QColor c;
        QString name;
        if (byCorrectness) {
            c = g == 0 ? QColor(40, 150, 70) : g == 1 ? QColor(200, 50, 40) : QColor(150, 150, 150);
            name = g == 0 ? tr("correct") : g == 1 ? tr("wrong") : tr("unlabelled");
        } else if (g < schema.size()) {
            c = schema.labels()[g].color;
            name = schema.labels()[g].name;
        } else {
            c = QColor(150, 150, 150);
            name = tr("no label / unlabelled");
        }
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c, 5));
        graph->setName(name);
        graphs << graph;
    }
    for (int i = 0; i < rows_.size(); ++i) {
        const SampleRecord& s = model_->sampleAt(model_->rowOf(rows_[i]));
        int g;
        if (byCorrectness) {
            g = !s.labelMask ? 2 : (model_->predictedMask(s.id) == *s.labelMask ? 0 : 1);
        } else {
            g = schema.size();
            if (s.labelMask)
                for (int k = 0; k < schema.size(); ++k)
                    if (*s.labelMask & (uint64_t(1) << k)) {
                        g = k; // the first label (multi-label memes show under their first)
                        break;
                    }
        }
        graphs[g]->addData(points_[i].x(), points_[i].y());
    }
    plot_->rescaleAxes();
    // A margin around the cloud: points on the edge are drawn whole, not cut by the axes.
    plot_->xAxis->scaleRange(1.08, plot_->xAxis->range().center());
    plot_->yAxis->scaleRange(1.08, plot_->yAxis->range().center());
    ring_ = nullptr; // clearGraphs() above removed it
    drawRing();
    plot_->replot();
    Q_EMIT projected();
}

void EmbeddingScatter::setSplit(const QString& split) {
    if (split == split_) return;
    split_ = split;
    rebuild();
}

void EmbeddingScatter::setCurrentRow(qint64 rowId) {
    currentRow_ = rowId;
    drawRing();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

bool EmbeddingScatter::currentRowShown() const {
    return ring_ && !ring_->data()->isEmpty();
}

void EmbeddingScatter::drawRing() {
    if (rows_.isEmpty()) return;
    if (!ring_) {
        ring_ = plot_->addGraph();
        ring_->setLineStyle(QCPGraph::lsNone);
        ring_->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 2.5), Qt::NoBrush, 14));
        ring_->removeFromLegend();
    }
    ring_->data()->clear();
    const int i = int(rows_.indexOf(currentRow_));
    if (i >= 0) ring_->addData(points_[i].x(), points_[i].y());
}

} // namespace memescope
