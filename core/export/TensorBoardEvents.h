#pragma once
// A run's curves as a TensorBoard event file, written from the format's documented layout so that a lab's
// dashboards can show MemeScope runs beside their others:
//  - the file is a sequence of TFRecords: uint64 length (little-endian), uint32 masked CRC-32C of those 8
//    bytes, the data, uint32 masked CRC-32C of the data; masked(c) = ((c >> 15) | (c << 17)) + 0xa282ead8;
//  - each record is a serialised tensorflow.Event protocol buffer: wall_time (field 1, double), step (2,
//    int64), and either file_version (3, string; "brain.Event:2" in the first record) or summary (5, a
//    Summary message with repeated value (1), each a tag (1, string) and a simple_value (2, float));
//  - the name is events.out.tfevents.<seconds>.<host> in the run's log folder.
#include <QByteArray>
#include <QString>
#include <QVector>
#include <cstdint>

namespace memescope::tensorboard {

// CRC-32C (Castagnoli, polynomial 0x82f63b78 reflected), as TFRecord uses it.
uint32_t crc32c(const QByteArray& data);
uint32_t maskedCrc(uint32_t crc);

struct Scalar {
    QString tag;
    float value = 0;
};

struct Event {
    double wallTime = 0;
    int64_t step = 0;
    QString fileVersion;     // the first event only
    QVector<Scalar> scalars; // a summary of simple values
};

QByteArray serialise(const Event& event);  // the Event protocol buffer
QByteArray record(const QByteArray& data); // one TFRecord around it

// Writes the events (the file-version event first) to dir/events.out.tfevents.<seconds>.<host>; returns the
// path. Throws StoreError naming the file when it cannot be written.
QString writeEventFile(const QString& dir, const QVector<Event>& events, double startTime);

} // namespace memescope::tensorboard
