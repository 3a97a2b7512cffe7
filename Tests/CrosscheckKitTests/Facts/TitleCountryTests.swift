import Testing
@testable import CrosscheckKit

@Suite struct TitleCountryTests {
    let titles = TitleCountry(countries: TestFiles.builtinBook.lexicons["country"],
                              sectorWords: TestFiles.builtinBook.lexicons["sector_word"])

    @Test(arguments: [
        ("JAPAN FEBRUARY TRADE SURPLUS RISES", "Japan"),
        ("JAPAN'S CURRENT ACCOUNT SURPLUS WIDENS", "Japan"),
        ("German business confidence slides", "Germany"),
        ("New Zealand reserves fall in January", "New Zealand"),
        ("U.S. RETAIL SALES RISE 0.5 PCT", "United States"),
        ("Inflation falls in Spain.", "Spain"),
    ])
    func theOneCountryATitleNames(_ title: String, _ country: String) {
        #expect(titles.country(in: title) == country)
    }

    @Test(arguments: [
        "U.S. SAYS JAPAN MUST CUT SURPLUS",
        "Economy 'strong' in election year",
        "Russia Steps up Weapons Sales to China",
        // An industry's or a firm's figures are not the country's.
        "GERMAN CHEMICAL INDUSTRY SEES LOWER PROFITS",
        // A lower-case word is no country in a title written in upper and lower case.
        "Let us cut the deficit",
    ])
    func noCountryWhenATitleNamesNoneOrSeveral(_ title: String) {
        #expect(titles.country(in: title) == nil)
    }
}
