// The image decoder wrapper on arbitrary bytes (JPEG, PNG, GIF, BMP, WebP signatures included in the seed
// corpus): the pixel budget is checked before decoding, corrupt and truncated files are refused with a
// message, and a decoded image is always 8-bit RGB within the budget.
#include "core/imaging/ImageDecoder.h"

#include <QByteArray>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    memescope::DecodeLimits limits;
    limits.maxPixels = 4LL * 1000 * 1000; // keeps each run fast; bombs above it must be refused
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const memescope::DecodedImage image = memescope::ImageDecoder::decodeBytes(bytes, "fuzz-input", limits);
    if (image.ok()) {
        if (image.rgb.type() != CV_8UC3) std::abort();
        if (qint64(image.rgb.total()) > limits.maxPixels) std::abort();
    } else if (!image.error.contains("fuzz-input")) {
        std::abort();
    }
    return 0;
}
