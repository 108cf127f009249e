"""Hand table: representative points of first-level divisions that their towns misplace.

The build places an administrative area at the centre of its towns' box,
which works where people live evenly but not for the large, unevenly settled
states and provinces of North America and Australia (Ontario's towns hug its
southern edge). These are GeoNames' own representative points for those areas
(rounded), so that a state resolves where gazetteer-based references put it.
"""

from __future__ import annotations

#: (ISO2, admin1 name) -> (lat, lon).
ADMIN1_CENTROIDS: dict[tuple[str, str], tuple[float, float]] = {
    ("US", "Alabama"): (32.75, -86.75), ("US", "Alaska"): (64.0, -150.0),
    ("US", "Arizona"): (34.5, -111.5), ("US", "Arkansas"): (34.75, -92.5),
    ("US", "California"): (37.25, -119.75), ("US", "Colorado"): (39.0, -105.5),
    ("US", "Connecticut"): (41.67, -72.67), ("US", "Delaware"): (39.0, -75.5),
    ("US", "District of Columbia"): (38.92, -77.0), ("US", "Florida"): (28.75, -82.5),
    ("US", "Georgia"): (32.75, -83.5), ("US", "Hawaii"): (20.75, -156.5),
    ("US", "Idaho"): (44.5, -114.25), ("US", "Illinois"): (40.0, -89.25),
    ("US", "Indiana"): (40.0, -86.25), ("US", "Iowa"): (42.0, -93.5),
    ("US", "Kansas"): (38.5, -98.5), ("US", "Kentucky"): (38.2, -84.88),
    ("US", "Louisiana"): (31.0, -92.0), ("US", "Maine"): (45.5, -69.25),
    ("US", "Maryland"): (39.0, -76.75), ("US", "Massachusetts"): (42.37, -71.11),
    ("US", "Michigan"): (44.25, -85.5), ("US", "Minnesota"): (46.25, -94.25),
    ("US", "Mississippi"): (32.75, -89.75), ("US", "Missouri"): (38.25, -92.5),
    ("US", "Montana"): (47.0, -109.75), ("US", "Nebraska"): (41.5, -99.75),
    ("US", "Nevada"): (39.25, -116.75), ("US", "New Hampshire"): (43.67, -71.5),
    ("US", "New Jersey"): (40.17, -74.5), ("US", "New Mexico"): (34.5, -106.0),
    ("US", "New York"): (43.0, -75.5), ("US", "North Carolina"): (35.5, -80.0),
    ("US", "North Dakota"): (47.5, -100.0), ("US", "Ohio"): (40.25, -83.0),
    ("US", "Oklahoma"): (35.49, -97.5), ("US", "Oregon"): (44.0, -120.5),
    ("US", "Pennsylvania"): (40.5, -77.5), ("US", "Rhode Island"): (41.75, -71.5),
    ("US", "South Carolina"): (34.0, -81.0), ("US", "South Dakota"): (44.5, -100.25),
    ("US", "Tennessee"): (35.75, -86.25), ("US", "Texas"): (31.25, -99.25),
    ("US", "Utah"): (39.25, -111.75), ("US", "Vermont"): (44.0, -72.75),
    ("US", "Virginia"): (37.5, -78.5), ("US", "Washington"): (47.5, -120.5),
    ("US", "West Virginia"): (38.5, -80.5), ("US", "Wisconsin"): (44.5, -90.0),
    ("US", "Wyoming"): (43.0, -107.5),
    ("CA", "Alberta"): (52.28, -117.47), ("CA", "British Columbia"): (54.0, -125.0),
    ("CA", "Manitoba"): (55.0, -97.0), ("CA", "New Brunswick"): (46.5, -66.75),
    ("CA", "Newfoundland and Labrador"): (52.0, -56.0), ("CA", "Nova Scotia"): (45.0, -63.0),
    ("CA", "Ontario"): (49.25, -84.5), ("CA", "Prince Edward Island"): (46.33, -63.25),
    ("CA", "Quebec"): (52.0, -72.0), ("CA", "Saskatchewan"): (54.0, -106.0),
    ("CA", "Yukon"): (63.5, -135.5), ("CA", "Northwest Territories"): (64.83, -124.84),
    ("CA", "Nunavut"): (70.45, -86.8),
    ("AU", "Western Australia"): (-25.0, 122.0), ("AU", "Queensland"): (-20.0, 145.0),
    ("AU", "New South Wales"): (-33.0, 146.0), ("AU", "Victoria"): (-37.0, 144.0),
    ("AU", "South Australia"): (-30.0, 135.0), ("AU", "Northern Territory"): (-20.0, 134.0),
    ("AU", "Tasmania"): (-42.0, 147.0),
}
