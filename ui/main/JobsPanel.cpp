#include "JobsPanel.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace memescope {

JobsPanel::JobsPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName("JobsPanel");
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    list_ = new QVBoxLayout;
    outer->addLayout(list_);
    auto* idle = new QLabel(tr("Background jobs (import, OCR, training) appear here."), this);
    idle->setObjectName("JobsIdle");
    idle->setWordWrap(true);
    idle->setStyleSheet("color: gray");
    outer->addWidget(idle);
    outer->addStretch();
}

JobHandle* JobsPanel::start(const QString& title, std::shared_ptr<std::atomic_bool> cancelFlag) {
    auto* job = new JobHandle(this);
    Q_EMIT started();
    auto* row = new QWidget(this);
    auto* l = new QVBoxLayout(row);
    l->setContentsMargins(0, 2, 0, 6);
    auto* head = new QHBoxLayout;
    auto* name = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), row);
    name->setWordWrap(true); // a long job title wraps instead of widening the dock (and the window)
    auto* cancel = new QPushButton(tr("Cancel"), row);
    head->addWidget(name, 1);
    head->addWidget(cancel);
    l->addLayout(head);
    auto* bar = new QProgressBar(row);
    bar->setRange(0, 0);
    // The bar takes the dock's width rather than asking for its own (~190 px in most styles): with it, a job
    // widened the Jobs panel and pushed the window past a 1366-px screen.
    bar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    bar->setMinimumWidth(40);
    l->addWidget(bar);
    auto* text = new QLabel(row);
    text->setWordWrap(true);
    l->addWidget(text);
    list_->insertWidget(0, row);
    ++running_;
    connect(cancel, &QPushButton::clicked, job, [cancelFlag, cancel] {
        cancelFlag->store(true);
        cancel->setEnabled(false);
        cancel->setText(tr("Cancelling…"));
    });
    connect(job, &JobHandle::progress, row, [this, bar, text, title](int done, int total, const QString& t) {
        bar->setRange(0, std::max(total, 0));
        bar->setValue(done);
        text->setText(t);
        Q_EMIT statusText(QStringLiteral("%1: %2").arg(title, t), total > 0 ? 100 * done / total : 0);
    });
    connect(job, &JobHandle::finished, row, [this, bar, text, cancel](const QString& message) {
        --running_;
        bar->setRange(0, 1);
        bar->setValue(1);
        text->setText(message);
        cancel->hide();
        Q_EMIT statusText(message, -1);
    });
    return job;
}

} // namespace memescope
