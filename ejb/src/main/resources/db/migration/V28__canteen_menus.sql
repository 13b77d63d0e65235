-- The canteen supplier's menus (issue 22): the supplier edits a school's menus by date, publishes them to parents and
-- to the school's canteen terminals (each dish a product MENU-<dish id> at its price on the menu's date), copies weeks.

-- Dishes may be sweets too: the limits' school category SWEETS, so a parent's ban on sweets reaches the menu's.
ALTER TABLE dish DROP CONSTRAINT dish_category_known;
ALTER TABLE dish ADD CONSTRAINT dish_category_known CHECK (category IN ('HOT_MEAL', 'BUFFET', 'DRINK', 'SWEETS'));

-- A menu numbers its own dishes and is changed whole under its version (and a row lock): a dish moved up while another
-- moves down, or a new dish taking a removed one's place, would meet a unique (menu, position) half-way through one
-- flush. The menu's dishes are still found by the index.
CREATE INDEX dish_menu ON dish (menu_id, position);
ALTER TABLE dish DROP CONSTRAINT dish_position_unique;

-- What parents ordered from a menu (the supplier's page, and the rules that keep ordered dishes): orders by menu, and
-- the lines naming a dish, which a dish's removal also checks through the lines' foreign key.
CREATE INDEX meal_pre_order_menu ON meal_pre_order (menu_id);
CREATE INDEX meal_pre_order_line_dish ON meal_pre_order_line (dish_id);
