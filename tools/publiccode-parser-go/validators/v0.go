package validators

import (
	"net/url"
	"strings"

	"github.com/go-playground/validator/v10"
)

var supportedCategoriesV0 = map[string]struct{}{
	"accounting":                      {},
	"agile-project-management":        {},
	"applicant-tracking":              {},
	"application-development":         {},
	"appointment-scheduling":          {},
	"backup":                          {},
	"billing-and-invoicing":           {},
	"blog":                            {},
	"budgeting":                       {},
	"business-intelligence":           {},
	"business-process-management":     {},
	"cad":                             {},
	"call-center-management":          {},
	"cloud-management":                {},
	"collaboration":                   {},
	"communications":                  {},
	"compliance-management":           {},
	"contact-management":              {},
	"content-management":              {},
	"crm":                             {},
	"customer-service-and-support":    {},
	"data-analytics":                  {},
	"data-collection":                 {},
	"data-visualization":              {},
	"design":                          {},
	"design-system":                   {},
	"digital-asset-management":        {},
	"digital-citizenship":             {},
	"document-management":             {},
	"donor-management":                {},
	"e-commerce":                      {},
	"e-signature":                     {},
	"educational-content":             {},
	"email-management":                {},
	"email-marketing":                 {},
	"employee-management":             {},
	"enterprise-project-management":   {},
	"enterprise-social-networking":    {},
	"erp":                             {},
	"event-management":                {},
	"facility-management":             {},
	"feedback-and-reviews-management": {},
	"financial-reporting":             {},
	"fleet-management":                {},
	"fundraising":                     {},
	"gamification":                    {},
	"geographic-information-systems":  {},
	"grant-management":                {},
	"graphic-design":                  {},
	"help-desk":                       {},
	"hr":                              {},
	"ide":                             {},
	"identity-management":             {},
	"instant-messaging":               {},
	"integrated-library-system":       {},
	"inventory-management":            {},
	"it-asset-management":             {},
	"it-development":                  {},
	"it-management":                   {},
	"it-security":                     {},
	"it-service-management":           {},
	"knowledge-management":            {},
	"learning-management-system":      {},
	"marketing":                       {},
	"mind-mapping":                    {},
	"mobile-marketing":                {},
	"mobile-payment":                  {},
	"network-management":              {},
	"office":                          {},
	"online-booking":                  {},
	"online-community":                {},
	"payment-gateway":                 {},
	"payroll":                         {},
	"predictive-analysis":             {},
	"procurement":                     {},
	"productivity-suite":              {},
	"project-collaboration":           {},
	"project-management":              {},
	"property-management":             {},
	"real-estate-management":          {},
	"regulations-and-directives":      {},
	"remote-support":                  {},
	"resource-management":             {},
	"sales-management":                {},
	"seo":                             {},
	"service-desk":                    {},
	"social-media-management":         {},
	"survey":                          {},
	"talent-management":               {},
	"task-management":                 {},
	"taxes-management":                {},
	"test-management":                 {},
	"time-management":                 {},
	"time-tracking":                   {},
	"translation":                     {},
	"video-conferencing":              {},
	"video-editing":                   {},
	"visitor-management":              {},
	"voip":                            {},
	"warehouse-management":            {},
	"web-collaboration":               {},
	"web-conferencing":                {},
	"whistleblowing":                  {},
	"website-builder":                 {},
	"workflow-management":             {},
	"other":                           {},
}

var supportedScopesV0 = map[string]struct{}{
	"agriculture":                      {},
	"culture":                          {},
	"defence":                          {},
	"education":                        {},
	"emergency-services":               {},
	"employment":                       {},
	"energy":                           {},
	"environment":                      {},
	"finance-and-economic-development": {},
	"foreign-affairs":                  {},
	"government":                       {},
	"healthcare":                       {},
	"infrastructures":                  {},
	"justice":                          {},
	"local-authorities":                {},
	"manufacturing":                    {},
	"research":                         {},
	"science-and-technology":           {},
	"security":                         {},
	"society":                          {},
	"sport":                            {},
	"tourism":                          {},
	"transportation":                   {},
	"welfare":                          {},
}

var supportsAliasesV0 = map[string]struct{}{
	"gdpr":   {},
	"eidas":  {},
	"nis2":   {},
	"cra":    {},
	"spid":   {},
	"cie":    {},
	"anpr":   {},
	"pagopa": {},
	"io":     {},
}

func isCategoryV0(fl validator.FieldLevel) bool {
	_, ok := supportedCategoriesV0[fl.Field().String()]

	return ok
}

func isScopeV0(fl validator.FieldLevel) bool {
	_, ok := supportedScopesV0[fl.Field().String()]

	return ok
}

// isSupportsID validates a supports[].id: either an alias in the form
// alias:<name> that must exist in the alias list, or any other valid URI
// (URL or URN).
func isSupportsID(fl validator.FieldLevel) bool {
	val := fl.Field().String()

	if alias, ok := strings.CutPrefix(val, "alias:"); ok {
		_, known := supportsAliasesV0[alias]

		return known
	}

	u, err := url.ParseRequestURI(val)
	if err != nil {
		return false
	}

	if strings.EqualFold(u.Scheme, "urn") {
		return sharedValidator.Var(val, "urn_rfc2141") == nil
	}

	return u.Scheme != "" && u.Host != ""
}
