// safetensors: round trips of every dtype, F16/BF16 conversion, and every malformed-file case.
#include "MiniTest.h"
#include "core/ml/io/Safetensors.h"

#include <torch/torch.h>

#include <cstring>
#include <filesystem>
#include <fstream>

using namespace memescope::ml;
namespace fs = std::filesystem;

namespace {

fs::path tmp(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / "memescope-st";
    fs::create_directories(dir);
    return dir / name;
}

void writeRaw(const fs::path& p, const std::string& header, const std::string& data,
              int64_t claimedLen = -1) {
    std::ofstream out(p, std::ios::binary);
    const uint64_t len = claimedLen >= 0 ? uint64_t(claimedLen) : header.size();
    out.write(reinterpret_cast<const char*>(&len), 8);
    out << header << data;
}

std::string errorOf(const fs::path& p) {
    try {
        SafetensorsFile::open(p.string());
    } catch (const CheckpointError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(roundTripsEveryDtype) {
    const auto path = tmp("all.safetensors");
    std::vector<std::pair<std::string, torch::Tensor>> ts = {
        {"f32", torch::randn({3, 4})},
        {"f16", torch::randn({5}).to(torch::kFloat16)},
        {"bf16", torch::randn({2, 2}).to(torch::kBFloat16)},
        {"i64", torch::arange(10, torch::kLong)},
        {"u8", torch::arange(7, torch::kLong).to(torch::kUInt8)},
        {"scalar", torch::tensor(3.5f).reshape({})},
        {"empty", torch::zeros({0, 3})},
    };
    writeSafetensors(path.string(), ts, {{"format", "pt"}});
    auto f = SafetensorsFile::open(path.string());
    CHECK(f->metadata().at("format") == "pt");
    CHECK(f->tensors().at("f16").dtype == "F16");
    CHECK(torch::equal(f->load("f32"), ts[0].second));
    CHECK(f->load("f16").scalar_type() == torch::kFloat32);
    CHECK(torch::allclose(f->load("f16"), ts[1].second.to(torch::kFloat32)));
    CHECK(torch::allclose(f->load("bf16"), ts[2].second.to(torch::kFloat32)));
    CHECK(f->load("bf16", torch::kBFloat16).scalar_type() == torch::kBFloat16);
    CHECK(torch::equal(f->load("i64"), ts[3].second));
    CHECK(f->load("u8").scalar_type() == torch::kUInt8);
    CHECK(f->load("scalar").dim() == 0);
    CHECK(f->load("empty").size(0) == 0);
    // Header padded to 8 bytes, data 8-byte aligned.
    uint64_t len = 0;
    std::ifstream(path, std::ios::binary).read(reinterpret_cast<char*>(&len), 8);
    CHECK(len % 8 == 0);
    CHECK_THROWS(f->load("nope"), CheckpointError);
}

TEST(readsTheFixtures) {
    auto f =
        SafetensorsFile::open(std::string(MEMESCOPE_FIXTURES_DIR) + "/models/roberta_tiny/model.safetensors");
    CHECK(f->tensors().size() == 39);
    CHECK(f->load("embeddings.word_embeddings.weight").sizes() == torch::IntArrayRef({1000, 32}));
}

TEST(malformedFilesGiveClearErrors) {
    const std::string ok = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
    const std::string data(8, '\0');
    struct Case {
        std::string name, header, data;
        int64_t claimed;
        std::string expect;
    };
    const std::vector<Case> cases = {
        {"short", "", "", -2, "not even the 8-byte header length"},
        {"huge", ok, data, int64_t(1) << 40, "over the 100 MB limit"},
        {"beyond", ok, data, 4096, "truncated: the header says 4096 bytes"},
        {"json", "{\"a\": [", data, -1, "malformed header JSON"},
        {"array", "[1,2]", data, -1, "not a JSON object"},
        {"dtype", R"({"a":{"dtype":"F12","shape":[2],"data_offsets":[0,8]}})", data, -1,
         "unsupported dtype F12"},
        {"neg", R"({"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", data, -1,
         "negative or non-integer"},
        {"range", R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", data, -1, "truncated file?"},
        {"size", R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", data, -1,
         "do not hold the shape's 3 elements"},
        {"order", R"({"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})", data, -1,
         "end before they begin"},
        {"overlap",
         R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
         data, -1, "overlap"},
        {"fields", R"({"a":{"dtype":"F32"}})", data, -1, "needs dtype, shape and data_offsets"},
        {"overflow",
         R"({"a":{"dtype":"F32","shape":[4611686018427387904, 4611686018427387904],"data_offsets":[0,8]}})",
         data, -1, "absurdly large"},
    };
    for (const Case& c : cases) {
        const auto p = tmp(c.name + ".safetensors");
        if (c.claimed == -2) {
            std::ofstream(p, std::ios::binary) << "abc";
        } else {
            writeRaw(p, c.header, c.data, c.claimed);
        }
        const std::string err = errorOf(p);
        CHECK_MSG(err.find(c.expect) != std::string::npos && err.find(p.string()) == 0,
                  c.name << ": '" << err << "'");
    }
    CHECK(errorOf(tmp("does-not-exist.safetensors")).find("cannot be opened") != std::string::npos);
}

TEST(writeIsAtomic) {
    const auto path = tmp("atomic.safetensors");
    writeSafetensors(path.string(), {{"x", torch::ones({4})}});
    // A failing write (to a folder that does not exist) leaves nothing behind and throws.
    CHECK_THROWS(
        writeSafetensors((tmp("nofolder") / "x" / "y.safetensors").string(), {{"x", torch::ones({4})}}),
        CheckpointError);
    CHECK(torch::equal(SafetensorsFile::open(path.string())->load("x"), torch::ones({4})));
}

MINITEST_MAIN
