#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

// Test-only reader for the fixtures' .safetensors files (core tests must not link torch; the real,
// bounds-checked reader lives in core/ml). Reads the whole file; tensors by name as raw bytes.
struct LiteTensor {
    QString dtype;
    QVector<qint64> shape;
    QByteArray data;
    template <typename T> const T* as() const { return reinterpret_cast<const T*>(data.constData()); }
};

QMap<QString, LiteTensor> readSafetensorsLite(const QString& path);
