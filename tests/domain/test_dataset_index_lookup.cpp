// Finding rows by id in DatasetIndex: ids in id order are searched by their first eight bytes, then among the rows
// sharing them. Ids shorter than, exactly and longer than eight bytes, sharing long prefixes, must all be found, and
// ids that are not there (between two, before the first, after the last, a prefix of one) must not.
#include "domain/DatasetIndex.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

Customer customer(std::string id)
{
    Customer c;
    c.id = std::move(id);
    c.name = "n";
    c.ownerRepId = "R1";
    return c;
}

} // namespace

TEST_CASE("customers in id order are found by id, whatever the ids' length and shared prefixes", "[index]")
{
    Dataset ds;
    // Byte order, as the loader sorts them ("ABCDEFGH10" before "ABCDEFGH2"; 0xE4 after every ASCII byte).
    for (const char* id : {"A", "AB", "ABCDEFGH", "ABCDEFGH1", "ABCDEFGH10", "ABCDEFGH2", "CUSTOMER-0001",
                           "CUSTOMER-0002", "CUSTOMER-0100", "Z\xE4"})
        ds.customers.push_back(customer(id));
    const DatasetIndex index(ds);
    for (const Customer& c : ds.customers) {
        const Customer* found = index.customer(c.id);
        REQUIRE(found == &c);
    }
    for (const char* missing : {"", "0", "AA", "ABC", "ABCDEFG", "ABCDEFGH0", "ABCDEFGH3", "CUSTOMER-0003",
                                "CUSTOMER-", "CUSTOMER-00010", "Z", "Z\xE5", "\xFF"})
        CHECK(index.customer(missing) == nullptr);
}

TEST_CASE("customers out of id order are found through the hash map", "[index]")
{
    Dataset ds;
    for (const char* id : {"C3", "C1", "C2"})
        ds.customers.push_back(customer(id));
    const DatasetIndex index(ds);
    CHECK(index.customer("C1") == &ds.customers[1]);
    CHECK(index.customer("C3") == &ds.customers[0]);
    CHECK(index.customer("C4") == nullptr);
}
