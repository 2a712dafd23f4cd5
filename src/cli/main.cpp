#include <cstdio>

int main()
{
    std::puts("cdrgen-cli " CDRGEN_VERSION);
    return 0;
}
