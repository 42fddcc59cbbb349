"""Places that deal locations name: US states, countries, regions and the cities where
data centers, plants and headquarters are built."""
from __future__ import annotations

US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming",
)

COUNTRIES = (
    "United States", "U.S.", "US", "Canada", "Mexico", "Brazil", "Chile", "Argentina",
    "United Kingdom", "U.K.", "UK", "Britain", "England", "Scotland", "Wales", "Ireland",
    "France", "Germany", "Spain", "Portugal", "Italy", "Netherlands", "Belgium", "Luxembourg",
    "Switzerland", "Austria", "Denmark", "Norway", "Sweden", "Finland", "Iceland", "Poland",
    "Czech Republic", "Hungary", "Romania", "Greece", "Turkey", "Israel", "Saudi Arabia",
    "United Arab Emirates", "UAE", "Qatar", "Kuwait", "Bahrain", "Oman", "Egypt", "Morocco",
    "Kenya", "Nigeria", "South Africa", "India", "Pakistan", "China", "Hong Kong", "Taiwan",
    "Japan", "South Korea", "Korea", "Singapore", "Malaysia", "Indonesia", "Thailand",
    "Vietnam", "Philippines", "Australia", "New Zealand", "Europe", "Asia", "Latin America",
    "Middle East", "Scandinavia", "Nordics",
)

CITIES = (
    "Abilene", "Amarillo", "Austin", "Dallas", "Houston", "San Antonio", "Fort Worth",
    "Odessa", "Midland", "Shackelford County", "Milam County", "Memphis", "Nashville",
    "Atlanta", "Columbus", "New Albany", "Cleveland", "Chicago", "Phoenix", "Mesa", "Goodyear",
    "Las Vegas", "Reno", "Salt Lake City", "Denver", "Seattle", "Quincy", "Portland",
    "The Dalles", "Hillsboro", "San Francisco", "San Jose", "Santa Clara", "Los Angeles",
    "Silicon Valley", "Richland Parish", "Mount Pleasant", "Racine", "Des Moines",
    "Council Bluffs", "Omaha", "Kansas City", "St. Louis", "Minneapolis", "Detroit",
    "Pittsburgh", "Philadelphia", "Boston", "New York City", "Manhattan", "Ashburn",
    "Loudoun County", "Northern Virginia", "Richmond", "Charlotte", "Raleigh", "Miami",
    "Tampa", "Orlando", "Jacksonville", "Ellendale", "Cheyenne", "Denton", "Lancaster",
    "Childress", "Sweetwater", "Muskogee",
    "London", "Manchester", "Loughton", "Blyth", "Narvik", "Oslo",
    "Stockholm", "Helsinki", "Dublin", "Paris", "Frankfurt", "Berlin", "Munich", "Amsterdam",
    "Madrid", "Lisbon", "Milan", "Rome", "Zurich", "Geneva", "Vienna", "Warsaw", "Tel Aviv",
    "Riyadh", "Abu Dhabi", "Dubai", "Doha", "Mumbai", "Bangalore", "Bengaluru", "Chennai",
    "Hyderabad", "New Delhi", "Delhi", "Beijing", "Shanghai", "Shenzhen", "Tokyo", "Osaka",
    "Seoul", "Taipei", "Hsinchu", "Johor", "Kuala Lumpur", "Jakarta", "Bangkok", "Sydney",
    "Melbourne", "Toronto", "Montreal", "Vancouver", "Quebec", "Alberta", "Ontario",
    "British Columbia", "Mexico City", "Sao Paulo", "Santiago",
)

# Named sites (a plant, a campus) rather than places: a deal's location is where the site is
# when the article tells it ("Three Mile Island in Pennsylvania", "The Susquehanna plant sits
# in Salem Township, Pennsylvania").
SITE_NAMES = ("Three Mile Island", "Susquehanna", "Lake Mariner", "Stargate Norway")

PLACES = frozenset(US_STATES + COUNTRIES + CITIES + SITE_NAMES)
