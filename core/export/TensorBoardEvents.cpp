#include "TensorBoardEvents.h"

#include "core/store/StoreError.h"

#include <QDir>
#include <QSaveFile>
#include <QSysInfo>
#include <array>
#include <bit>

namespace memescope::tensorboard {
namespace {

const std::array<uint32_t, 256>& crcTable() {
    static const std::array<uint32_t, 256> table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? (c >> 1) ^ 0x82f63b78u : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

// Protocol buffer wire format: varints, keys (field << 3 | wire type), fixed 32/64-bit little-endian.
void varint(QByteArray& out, uint64_t v) {
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}
void key(QByteArray& out, int field, int wireType) {
    varint(out, uint64_t(field) << 3 | uint64_t(wireType));
}
template <typename T> void littleEndian(QByteArray& out, T v);
// Fixed-width fields are little-endian IEEE values whatever the machine.
void fixed(QByteArray& out, double v) {
    littleEndian(out, std::bit_cast<uint64_t>(v));
}
void fixed(QByteArray& out, float v) {
    littleEndian(out, std::bit_cast<uint32_t>(v));
}
void lengthDelimited(QByteArray& out, int field, const QByteArray& bytes) {
    key(out, field, 2);
    varint(out, uint64_t(bytes.size()));
    out.append(bytes);
}
template <typename T> void littleEndian(QByteArray& out, T v) {
    for (size_t i = 0; i < sizeof(T); ++i)
        out.append(char((uint64_t(v) >> (8 * i)) & 0xff));
}

} // namespace

uint32_t crc32c(const QByteArray& data) {
    uint32_t c = 0xffffffffu;
    for (const char ch : data)
        c = crcTable()[(c ^ uint8_t(ch)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

uint32_t maskedCrc(uint32_t crc) {
    return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}

QByteArray serialise(const Event& event) {
    QByteArray out;
    key(out, 1, 1);
    fixed(out, event.wallTime);
    key(out, 2, 0);
    varint(out, uint64_t(event.step));
    if (!event.fileVersion.isEmpty()) lengthDelimited(out, 3, event.fileVersion.toUtf8());
    if (!event.scalars.isEmpty()) {
        QByteArray summary;
        for (const Scalar& s : event.scalars) {
            QByteArray value;
            lengthDelimited(value, 1, s.tag.toUtf8());
            key(value, 2, 5);
            fixed(value, s.value);
            lengthDelimited(summary, 1, value);
        }
        lengthDelimited(out, 5, summary);
    }
    return out;
}

QByteArray record(const QByteArray& data) {
    QByteArray out, length;
    littleEndian(length, uint64_t(data.size()));
    out.append(length);
    littleEndian(out, maskedCrc(crc32c(length)));
    out.append(data);
    littleEndian(out, maskedCrc(crc32c(data)));
    return out;
}

QString writeEventFile(const QString& dir, const QVector<Event>& events, double startTime) {
    if (!QDir().mkpath(dir)) throw StoreError(dir + ": cannot create the folder");
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty()) host = QStringLiteral("localhost");
    const QString path =
        QDir(dir).filePath(QStringLiteral("events.out.tfevents.%1.%2").arg(qint64(startTime)).arg(host));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) throw StoreError(path + ": cannot write: " + f.errorString());
    Event version;
    version.wallTime = startTime;
    version.fileVersion = QStringLiteral("brain.Event:2");
    QByteArray bytes = record(serialise(version));
    for (const Event& e : events)
        bytes += record(serialise(e));
    if (f.write(bytes) != bytes.size() || !f.commit())
        throw StoreError(path + ": cannot write: " + f.errorString());
    return path;
}

} // namespace memescope::tensorboard
