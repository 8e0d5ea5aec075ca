package nt_test

import (
	"log"
	"os"

	"github.com/vita-project/vita/exporters/nt"
	"github.com/vita-project/vita/model"
)

// A made-up person with one membership: the role is a blank node with a canonical
// label, and the lines are sorted.
func ExampleWrite() {
	b := &model.Biography{
		ID:            "jane-example",
		Name:          "Jane Example",
		Organizations: []model.Organization{{ID: "party", Name: "Example Party", Acronym: "EP"}},
		Positions:     []model.Position{{Role: "member", Organization: "party", Start: model.YearOf(1990)}},
	}
	if err := nt.Write(os.Stdout, b, nt.Options{Base: "https://example.org/people/"}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <https://example.org/people/jane-example#party> <http://schema.org/alternateName> "EP" .
	// <https://example.org/people/jane-example#party> <http://schema.org/name> "Example Party" .
	// <https://example.org/people/jane-example#party> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Organization> .
	// <https://example.org/people/jane-example> <http://schema.org/familyName> "Example" .
	// <https://example.org/people/jane-example> <http://schema.org/givenName> "Jane" .
	// <https://example.org/people/jane-example> <http://schema.org/memberOf> _:c14n0 .
	// <https://example.org/people/jane-example> <http://schema.org/name> "Jane Example" .
	// <https://example.org/people/jane-example> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .
	// _:c14n0 <http://schema.org/memberOf> <https://example.org/people/jane-example#party> .
	// _:c14n0 <http://schema.org/roleName> "member" .
	// _:c14n0 <http://schema.org/startDate> "1990"^^<http://schema.org/Date> .
	// _:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/OrganizationRole> .
}
