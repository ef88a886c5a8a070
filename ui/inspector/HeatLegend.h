#pragma once

#include <QWidget>

namespace memescope {

// The heatmap's colour scale with what it measures and the values it spans: the colour map between the lowest
// and the highest value of the grid on show (the heatmap stretches that range over the colours), so a reader
// can tell a sharp focus (0.002 … 0.31) from a nearly uniform one (0.019 … 0.022).
class HeatLegend : public QWidget {
    Q_OBJECT
public:
    explicit HeatLegend(QWidget* parent = nullptr);
    void setRange(double low, double high); // the grid's min and max
    void
    setName(const QString& name); // what the colours measure ("Attention", "Relevance"), left of the range
    void clear();                 // no heatmap on show: the strip without numbers
    QString lowText() const { return low_; }
    QString highText() const { return high_; }
    QString name() const { return name_; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent*) override;

private:
    int nameWidth() const; // the name is drawn bold
    QString low_, high_, name_;
};

} // namespace memescope
