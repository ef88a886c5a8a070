#pragma once
// A minimal test harness for the torch-only tests: they must build where there is no Qt (a GPU machine
// with just LibTorch). Prints one line per failed check and ends with "N passed, N failed".
// LibTorch's headers bring glog's CHECK (an abort on failure): included first, so the CHECK below replaces
// it in every test whatever the order of its includes.
#if __has_include(<c10/util/Logging.h>)
#include <c10/util/Logging.h>
#endif
#include <cmath>
#include <cstdio>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace minitest {

struct Case {
    const char* name;
    std::function<void()> body;
};

inline std::vector<Case>& cases() {
    static std::vector<Case> c;
    return c;
}
inline int& failures() {
    static int f = 0;
    return f;
}

struct Registrar {
    Registrar(const char* name, std::function<void()> body) { cases().push_back({name, std::move(body)}); }
};

struct Abort {};

inline void fail(const char* file, int line, const std::string& what) {
    std::printf("  FAIL %s:%d: %s\n", file, line, what.c_str());
    ++failures();
}

inline int runAll(int argc, char** argv) {
    int passed = 0, failed = 0;
    const std::string only = argc > 1 ? argv[1] : "";
    for (const Case& c : cases()) {
        if (!only.empty() && std::string(c.name).find(only) == std::string::npos) continue;
        const int before = failures();
        try {
            c.body();
        } catch (const Abort&) {
        } catch (const std::exception& e) {
            fail(c.name, 0, std::string("exception: ") + e.what());
        }
        const bool ok = failures() == before;
        std::printf("%s %s\n", ok ? "PASS" : "FAIL", c.name);
        (ok ? passed : failed)++;
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}

} // namespace minitest

#define MT_CAT2(a, b) a##b
#define MT_CAT(a, b) MT_CAT2(a, b)
#define TEST(name)                                                                                           \
    static void name();                                                                                      \
    static minitest::Registrar MT_CAT(reg_, name)(#name, name);                                              \
    static void name()
#undef CHECK
#define CHECK(cond)                                                                                          \
    do {                                                                                                     \
        if (!(cond)) minitest::fail(__FILE__, __LINE__, #cond);                                              \
    } while (0)
#define REQUIRE(cond)                                                                                        \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            minitest::fail(__FILE__, __LINE__, #cond);                                                       \
            throw minitest::Abort{};                                                                         \
        }                                                                                                    \
    } while (0)
#define CHECK_MSG(cond, msg)                                                                                 \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            std::ostringstream mt_os;                                                                        \
            mt_os << #cond << " -- " << msg;                                                                 \
            minitest::fail(__FILE__, __LINE__, mt_os.str());                                                 \
        }                                                                                                    \
    } while (0)
#define CHECK_THROWS(expr, Type)                                                                             \
    do {                                                                                                     \
        bool mt_thrown = false;                                                                              \
        try {                                                                                                \
            expr;                                                                                            \
        } catch (const Type&) {                                                                              \
            mt_thrown = true;                                                                                \
        }                                                                                                    \
        if (!mt_thrown) minitest::fail(__FILE__, __LINE__, "expected " #Type " from " #expr);                \
    } while (0)
#define MINITEST_MAIN                                                                                        \
    int main(int argc, char** argv) {                                                                        \
        return minitest::runAll(argc, argv);                                                                 \
    }
