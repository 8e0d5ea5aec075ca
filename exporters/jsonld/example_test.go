package jsonld_test

import (
	"log"
	"os"

	"github.com/vita-project/vita/exporters/jsonld"
	"github.com/vita-project/vita/model"
)

// A made-up person with a position in a committee of a party: the position becomes an
// OrganizationRole, and its start, "the 1970s", the first year of the decade with the EDTF kept.
func ExampleWrite() {
	b := &model.Biography{
		ID:          "jane-example",
		Name:        "Jane Example",
		Description: "made-up trade unionist",
		Born:        &model.Vital{Date: model.MonthOf(1944, 2), Place: "Andover"},
		Organizations: []model.Organization{
			{ID: "party", Name: "Example Party"},
			{ID: "committee", Name: "Executive Committee", PartOf: "party"},
		},
		Positions: []model.Position{
			{Role: "member", Organization: "committee", Qualifier: "Woolwich", Start: model.DecadeOf(1975), End: model.YearOf(1990)},
		},
	}
	if err := jsonld.Write(os.Stdout, b, jsonld.Options{}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {
	//   "@context": [
	//     "https://schema.org",
	//     {
	//       "prov": "http://www.w3.org/ns/prov#"
	//     }
	//   ],
	//   "@id": "urn:vita:jane-example",
	//   "@type": "Person",
	//   "name": "Jane Example",
	//   "givenName": "Jane",
	//   "familyName": "Example",
	//   "description": "made-up trade unionist",
	//   "birthDate": "1944-02",
	//   "birthPlace": {
	//     "@type": "Place",
	//     "name": "Andover"
	//   },
	//   "memberOf": {
	//     "@type": "OrganizationRole",
	//     "roleName": "member for Woolwich",
	//     "startDate": "1970",
	//     "endDate": "1990",
	//     "disambiguatingDescription": "start: the 1970s, EDTF 197X",
	//     "memberOf": {
	//       "@id": "urn:vita:jane-example#committee",
	//       "@type": "Organization",
	//       "name": "Executive Committee",
	//       "parentOrganization": {
	//         "@id": "urn:vita:jane-example#party",
	//         "@type": "Organization",
	//         "name": "Example Party"
	//       }
	//     }
	//   }
	// }
}
