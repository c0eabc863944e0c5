package publiccode

import (
	"encoding/json"
	"fmt"
	"net/url"
)

type URL url.URL //nolint:recvcheck // String must use value receiver to implement fmt.Stringer on URL

// UnmarshalYAML implements the yaml.Unmarshaler interface for URLs.
func (u *URL) UnmarshalYAML(unmarshal func(any) error) error {
	var s string
	if err := unmarshal(&s); err != nil {
		return err
	}

	urlp, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("parsing URL %q: %w", s, err)
	}

	*u = (URL)(*urlp)

	return nil
}

func (u *URL) MarshalYAML() (any, error) {
	return u.String(), nil
}

func (u *URL) MarshalJSON() ([]byte, error) {
	if u == nil {
		return []byte(`null`), nil
	}

	return json.Marshal(u.String())
}

func (u URL) String() string {
	return (*url.URL)(&u).String()
}

type UrlOrUrlArray []*URL

func (a *UrlOrUrlArray) UnmarshalYAML(unmarshal func(any) error) error {
	var multi []*URL

	err := unmarshal(&multi)
	if err != nil {
		var single URL

		err := unmarshal(&single)
		if err != nil {
			return err
		}

		*a = []*URL{&single}
	} else {
		*a = multi
	}

	return nil
}
